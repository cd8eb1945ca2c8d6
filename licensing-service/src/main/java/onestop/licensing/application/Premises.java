package onestop.licensing.application;

import jakarta.validation.constraints.Size;

/** Where the licensed activity takes place. Every field is checked on submission, not on saving a draft. */
public record Premises(@Size(max = 200) String name, @Size(max = 200) String addressLine1, @Size(max = 100) String town,
        @Size(max = 10) String postcode) {
}

package onestop.licensing.api;

import java.util.Objects;

import jakarta.validation.constraints.Size;

/** Where the licensed activity takes place. Every field is checked on submission, not on saving a draft. */
public record Premises(@Size(max = 200) String name, @Size(max = 200) String addressLine1, @Size(max = 100) String town,
        @Size(max = 10) String postcode) {

    /** These premises with the fields {@code changes} gives; a field it leaves out (null) keeps its value. */
    public Premises with(Premises changes) {
        return new Premises(Objects.requireNonNullElse(changes.name, name),
                Objects.requireNonNullElse(changes.addressLine1, addressLine1),
                Objects.requireNonNullElse(changes.town, town), Objects.requireNonNullElse(changes.postcode, postcode));
    }
}

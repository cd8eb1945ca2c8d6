package onestop.licensing.api;

import java.util.Objects;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where the licensed activity takes place. Every field is checked on submission, not on saving a draft.
 *
 * @param uprn the Unique Property Reference Number of an address found by postcode (OS Places); optional, and
 *             absent for an address entered by hand
 */
public record Premises(@Size(max = 200) String name, @Size(max = 200) String addressLine1, @Size(max = 100) String town,
        @Size(max = 10) String postcode,
        @Pattern(regexp = "[0-9]{1,12}", message = "must be a UPRN: up to 12 digits") String uprn) {

    /** Premises whose address was entered by hand: no UPRN. */
    public Premises(String name, String addressLine1, String town, String postcode) {
        this(name, addressLine1, town, postcode, null);
    }

    /**
     * These premises with the fields {@code changes} gives; a field it leaves out (null) keeps its value, except
     * the UPRN: an address changed without one was entered by hand, and the old UPRN no longer names it.
     */
    public Premises with(Premises changes) {
        boolean addressChanged = changes.addressLine1 != null || changes.town != null || changes.postcode != null;
        String newUprn = changes.uprn != null ? changes.uprn : addressChanged ? null : uprn;
        return new Premises(Objects.requireNonNullElse(changes.name, name),
                Objects.requireNonNullElse(changes.addressLine1, addressLine1),
                Objects.requireNonNullElse(changes.town, town), Objects.requireNonNullElse(changes.postcode, postcode),
                newUprn);
    }
}

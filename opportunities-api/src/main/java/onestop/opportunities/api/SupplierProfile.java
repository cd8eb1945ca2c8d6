package onestop.opportunities.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;


/**
 * The supplier profile, in and out; {@code companyCheck} (Companies House's answer about the company number) is
 * only ever out: it is ignored when a profile is saved.
 */
public record SupplierProfile(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "[A-Z0-9]{8}", message = "must be an 8 character Companies House number") String companyNumber,
        @Pattern(regexp = PPON, message = "must be a PPON, like PABC-1234-DEFG") String ppon,
        @NotNull SupplierSize size,
        boolean vcse,
        @Pattern(regexp = NoticeFields.POSTCODE, message = "must be a UK postcode") String postcode,
        @Size(max = 50) List<@NotBlank String> cpvInterests,
        @Size(max = 4000) String description,
        boolean charterSignatory,
        CompanyCheckView companyCheck) {

    /** A Public Procurement Organisation Number as the Central Digital Platform issues it: four letters, four digits, four letters. */
    public static final String PPON = "[A-Z]{4}-[0-9]{4}-[A-Z]{4}";
}

package onestop.opportunities.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * One lot of a tender notice divided into lots: its id on the notice ({@code "1"}, {@code "2"}...), title,
 * description, estimated value without VAT ({@code valuePence}) and with it ({@code valueGrossPence}), and its own
 * award criteria with weightings adding up to 100 (none: the lot is assessed on one overall score).
 */
public record Lot(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,20}", message = "must be 1 to 20 letters, digits or hyphens") String id,
        @NotBlank @Size(max = 300) String title,
        @Size(max = 20000) String description,
        @PositiveOrZero Long valuePence,
        @PositiveOrZero Long valueGrossPence,
        @Size(max = 20) List<@NotNull @Valid AwardCriterion> awardCriteria) {

    public List<AwardCriterion> criteria() {
        return awardCriteria == null ? List.of() : awardCriteria;
    }
}

package onestop.opportunities.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One award criterion of a tender and its weighting, in percent (a notice's weightings add up to 100): price,
 * quality, or social value (PPN 002 asks for at least 10%).
 */
public record AwardCriterion(@NotBlank @Size(max = 200) String name, @NotNull Kind kind,
        @NotNull @Min(1) @Max(100) Integer weight, @Size(max = 2000) String description) {

    public enum Kind {
        PRICE, QUALITY, SOCIAL_VALUE
    }

    /** PPN 002: social value weighted at 10% or more. */
    public static final int SOCIAL_VALUE_GOOD_PRACTICE = 10;
}

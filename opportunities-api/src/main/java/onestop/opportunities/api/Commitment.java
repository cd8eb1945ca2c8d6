package onestop.opportunities.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;


/**
 * A social value commitment in a response: under a Charter theme, what ({@code description}), how it is
 * counted ({@code measure}, e.g. "apprentices hired") and how much ({@code target}). {@code measureCode} names the
 * measure in the fixed catalogue of Charter measures with units ({@code GET /social-value/measures}); a commitment
 * without one is free text, which the insight figures show under the theme "unclassified".
 */
public record Commitment(
        @NotNull CharterTheme theme,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 200) String measure,
        @NotNull @PositiveOrZero BigDecimal target,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a measure code from the catalogue") String measureCode) {
}

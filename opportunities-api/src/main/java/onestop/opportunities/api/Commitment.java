package onestop.opportunities.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;


/**
 * A social value commitment in a response: under a Charter theme, what ({@code description}), how it is
 * counted ({@code measure}, e.g. "apprentices hired") and how much ({@code target}).
 */
public record Commitment(
        @NotNull CharterTheme theme,
        @NotBlank @Size(max = 2000) String description,
        @NotBlank @Size(max = 200) String measure,
        @NotNull @PositiveOrZero BigDecimal target) {
}

package onestop.opportunities.api;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Social value an awarded supplier delivered on its contract ({@code POST /contracts/{id}/social-value-reports}):
 * in which period (a year, a quarter or a month), under which Charter theme, what was counted and how much;
 * {@code measureCode} names the measure in the catalogue ({@link CharterMeasure}), or is left out for free text.
 */
@Schema(name = "Report")
public record OutcomeReport(
        @NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?",
                message = "must be a year, a quarter (2026-Q2) or a month (2026-05)") String period,
        @NotNull CharterTheme theme,
        @NotBlank @Size(max = 200) String measure,
        @NotNull @PositiveOrZero BigDecimal value,
        @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a measure code from the catalogue")
        String measureCode) {
}

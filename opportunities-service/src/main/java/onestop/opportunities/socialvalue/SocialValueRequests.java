package onestop.opportunities.socialvalue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import onestop.opportunities.api.CharterTheme;

/** What a supplier reports, and what it is answered. */
public final class SocialValueRequests {

    private SocialValueRequests() {
    }

    public record Report(
            @NotBlank @Pattern(regexp = "\\d{4}(-Q[1-4]|-(0[1-9]|1[0-2]))?",
                    message = "must be a year, a quarter (2026-Q2) or a month (2026-05)") String period,
            @NotNull CharterTheme theme,
            @NotBlank @Size(max = 200) String measure,
            @NotNull @PositiveOrZero BigDecimal value,
            @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be a measure code from the catalogue")
            String measureCode) {
    }

    public record Reported(UUID id, UUID opportunityId, String period, CharterTheme theme, String measure,
            BigDecimal value, Instant reportedAt, String measureCode) {

        static Reported of(SocialValueReport r) {
            return new Reported(r.id, r.opportunityId, r.period, r.theme, r.measure, r.value, r.reportedAt,
                    r.measureCode);
        }
    }

    /** A measure of the catalogue: under which theme, what is counted, in what unit. */
    public record Measure(String code, CharterTheme theme, String name, String unit) {
    }

    /** One line of the public summary: per year, buyer, theme and measure, committed against delivered. */
    public record SummaryLine(int year, String buyer, CharterTheme theme, String measure, BigDecimal committed,
            BigDecimal delivered) {
    }
}

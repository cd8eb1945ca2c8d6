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
            @NotNull @PositiveOrZero BigDecimal value) {
    }

    public record Reported(UUID id, UUID opportunityId, String period, CharterTheme theme, String measure,
            BigDecimal value, Instant reportedAt) {

        static Reported of(SocialValueReport r) {
            return new Reported(r.id, r.opportunityId, r.period, r.theme, r.measure, r.value, r.reportedAt);
        }
    }

    /** One line of the public summary: per year, buyer, theme and measure, committed against delivered. */
    public record SummaryLine(int year, String buyer, CharterTheme theme, String measure, BigDecimal committed,
            BigDecimal delivered) {
    }
}

package onestop.opportunities.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A report of social value delivered, as stored. */
public record OutcomeReported(UUID id, UUID opportunityId, String period, CharterTheme theme, String measure,
        BigDecimal value, Instant reportedAt, String measureCode) {
}

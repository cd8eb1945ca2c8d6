package onestop.opportunities.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tender's assessment as the buyer reads it. */
public record AssessmentView(UUID responseId, String responseReference, UUID businessId, List<Score> scores,
        BigDecimal total, Instant assessedAt) {
}

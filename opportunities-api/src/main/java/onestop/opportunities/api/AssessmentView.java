package onestop.opportunities.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A tender's assessment as the buyer reads it; {@code lotId}: the lot assessed, on a notice with lots. */
public record AssessmentView(UUID responseId, String responseReference, UUID businessId, List<Score> scores,
        BigDecimal total, Instant assessedAt, String lotId) {

    public AssessmentView(UUID responseId, String responseReference, UUID businessId, List<Score> scores,
            BigDecimal total, Instant assessedAt) {
        this(responseId, responseReference, businessId, scores, total, assessedAt, null);
    }
}

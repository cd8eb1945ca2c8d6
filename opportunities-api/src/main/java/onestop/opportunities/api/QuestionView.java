package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/** A question as its asker or the notice's buyer sees it; the asker's identity is not shown. */
public record QuestionView(UUID id, UUID opportunityId, String question, Instant askedAt, String answer,
        Instant answeredAt, boolean published) {
}

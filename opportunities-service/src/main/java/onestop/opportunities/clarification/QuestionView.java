package onestop.opportunities.clarification;

import java.time.Instant;
import java.util.UUID;

/** A question as its asker or the notice's buyer sees it; the asker's identity is not shown. */
public record QuestionView(UUID id, UUID opportunityId, String question, Instant askedAt, String answer,
        Instant answeredAt, boolean published) {

    static QuestionView of(Question q) {
        return new QuestionView(q.id, q.opportunityId, q.question, q.askedAt, q.answer, q.answeredAt, q.published);
    }
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of {@code onestop.opportunities.question.answered}: the buyer answered a clarification question. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record QuestionAnswered(UUID questionId, UUID opportunityId, String reference, String title,
        UUID askerBusinessId, boolean published, Instant answeredAt) {
}

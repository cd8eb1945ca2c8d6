package onestop.opportunities.api;

import java.time.Instant;

/** A question and its answer as the public notice shows them: never who asked. */
public record PublishedAnswer(String question, String answer, Instant answeredAt) {
}

package onestop.licensing.api;

import java.time.Instant;

/** One timeline line as the applicant and officers see it, from {@code GET .../applications/{id}/timeline}. */
public record TimelineView(Instant at, String actorRole, String actorId, String from, String to, String message) {
}

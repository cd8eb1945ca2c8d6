package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A representation made during consultation, as recording it and the list answer: who made it (left out for the
 * applicant when a member of the public did), the grounds, and whether the officer found it relevant (with
 * reasons when not) or it was withdrawn.
 */
public record RepresentationView(UUID id, UUID applicationId, String from, RepresentationCategory category,
        String grounds, Instant recordedAt, String recordedBy, RepresentationDetermination determination,
        String determinationReasons, Instant determinedAt, String determinedBy, Instant withdrawnAt,
        String withdrawnBy) {
}

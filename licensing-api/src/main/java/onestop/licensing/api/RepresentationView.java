package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

/** A representation made during consultation, as recording it answers. */
public record RepresentationView(UUID id, UUID applicationId, String from, RepresentationCategory category,
        String grounds, Instant recordedAt, String recordedBy) {
}

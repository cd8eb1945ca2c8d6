package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

/** An objection notice to a temporary event notice: which authority made it, its reasons and when. */
public record ObjectionView(UUID id, UUID applicationId, String authority, String reasons, Instant madeAt) {
}

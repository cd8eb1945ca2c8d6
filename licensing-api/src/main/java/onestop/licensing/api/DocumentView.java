package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

/** An uploaded document's metadata; the file is at {@code GET .../documents/{id}}. */
public record DocumentView(UUID id, String type, String name, String mediaType, long sizeBytes, String sha256,
        Instant uploadedAt) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/** A notice document's metadata as the API shows it; the file is at {@code href}. */
public record DocumentView(UUID id, String name, String mediaType, long sizeBytes, Instant uploadedAt, String href) {
}

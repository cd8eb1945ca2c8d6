package onestop.opportunities.document;

import java.time.Instant;
import java.util.UUID;

/** A notice document's metadata as the API shows it; the file is at {@code href}. */
public record DocumentView(UUID id, String name, String mediaType, long sizeBytes, Instant uploadedAt, String href) {

    public static DocumentView of(NoticeDocument d) {
        return new DocumentView(d.id, d.originalName, d.mediaType, d.sizeBytes, d.uploadedAt, d.href());
    }
}

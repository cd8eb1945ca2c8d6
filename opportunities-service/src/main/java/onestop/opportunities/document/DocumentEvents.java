package onestop.opportunities.document;

import java.time.Instant;
import java.util.UUID;

import onestop.opportunities.opportunity.Opportunity;

/** The data of the events raised when an open notice's documents change, for the suppliers following it. */
public final class DocumentEvents {

    private DocumentEvents() {
    }

    public record Added(UUID opportunityId, String reference, String title, String buyer, UUID documentId,
            String name, String mediaType, long sizeBytes, String href, Instant addedAt) {

        static Added of(Opportunity o, NoticeDocument d) {
            return new Added(o.id, o.reference, o.title, o.buyer, d.id, d.originalName, d.mediaType, d.sizeBytes,
                    d.href(), d.uploadedAt);
        }
    }

    public record Removed(UUID opportunityId, String reference, String title, String buyer, UUID documentId,
            String name, Instant removedAt) {
    }
}

package onestop.opportunities.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The data of the notice lifecycle events (published, closed, cancelled). */
public final class NoticeEvents {

    private NoticeEvents() {
    }

    public record Published(UUID opportunityId, String reference, String title, String buyer, OpportunityType type,
            List<String> cpvCodes, Long valueMinPence, Long valueMaxPence, boolean smeSuitable, boolean vcseSuitable,
            List<String> requiredLicenceTypes, Instant publishedAt, Instant closingAt) {

        public static Published of(Opportunity o) {
            return new Published(o.id, o.reference, o.title, o.buyer, o.type, List.of(o.cpvCodes), o.valueMinPence,
                    o.valueMaxPence, o.smeSuitable, o.vcseSuitable, o.requiredLicences(), o.publishedAt, o.closingAt);
        }
    }

    /** {@code automatic}: closed by the clock at {@code closingAt} rather than by the buyer. */
    public record Closed(UUID opportunityId, String reference, String buyer, Instant closedAt, boolean automatic) {
    }

    public record Cancelled(UUID opportunityId, String reference, String buyer, String reason, Instant cancelledAt) {
    }
}

package onestop.opportunities.opportunity;

import java.time.Instant;
import java.util.UUID;

/** An opportunity as a search result lists it. */
public record OpportunitySummary(UUID id, String reference, String title, String buyer, Opportunity.Type type,
        Opportunity.Status status, Instant publishedAt, Instant closingAt) {

    static OpportunitySummary of(Opportunity o) {
        return new OpportunitySummary(o.id, o.reference, o.title, o.buyer, o.type, o.status, o.publishedAt,
                o.closingAt);
    }
}

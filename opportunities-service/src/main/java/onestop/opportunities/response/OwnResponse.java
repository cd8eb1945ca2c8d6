package onestop.opportunities.response;

import java.time.Instant;
import java.util.UUID;

import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.api.OpportunityStatus;

/**
 * One of a supplier's own responses, listed across notices: the receipt, the price, the notice it answers
 * with that notice's status, and the outcome for this supplier.
 */
public record OwnResponse(UUID id, String reference, long pricePence, Instant submittedAt, Instant updatedAt,
        UUID opportunityId, String opportunityReference, String title, String buyer, OpportunityStatus status,
        Instant closingAt, Outcome outcome) {

    /** What became of the response: still to be decided, won, not won, or the notice was cancelled. */
    public enum Outcome {
        PENDING, AWARDED, NOT_AWARDED, CANCELLED
    }

    static OwnResponse of(SupplierResponse r, Opportunity o) {
        Outcome outcome = switch (o.status) {
            case AWARDED -> r.id.equals(o.awardedResponseId) ? Outcome.AWARDED : Outcome.NOT_AWARDED;
            case CANCELLED -> Outcome.CANCELLED;
            default -> Outcome.PENDING;
        };
        return new OwnResponse(r.id, r.reference, r.pricePence, r.submittedAt, r.updatedAt, o.id, o.reference,
                o.title, o.buyer, o.status, o.closingAt, outcome);
    }
}

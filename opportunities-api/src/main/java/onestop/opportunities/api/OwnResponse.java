package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One of a supplier's own responses, listed across notices: the receipt, the price, the notice it answers
 * with that notice's status, and the outcome for this supplier.
 */
public record OwnResponse(UUID id, String reference, long pricePence, Instant submittedAt, Instant updatedAt,
        UUID opportunityId, String opportunityReference, String title, String buyer, OpportunityStatus status,
        Instant closingAt, Outcome outcome) {

    /** What became of the response: still to be decided, won, not won, or the notice was cancelled. */
    @Schema(name = "ResponseOutcome")
    public enum Outcome {
        PENDING, AWARDED, NOT_AWARDED, CANCELLED
    }
}

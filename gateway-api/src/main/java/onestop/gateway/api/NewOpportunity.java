package onestop.gateway.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A new notice that matched one of the business's saved searches, as {@code GET /api/opportunities/alerts} lists
 * it and the dashboard passes it on.
 */
public record NewOpportunity(UUID id, UUID savedSearchId, String savedSearchName, UUID opportunityId,
        String reference, String title, String buyer, Instant closingAt, Instant raisedAt) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A new notice that matched one of the business's saved searches, or ({@code matchedInterests}, no saved search)
 * the work categories of its supplier profile.
 */
public record AlertView(UUID id, UUID savedSearchId, String savedSearchName, UUID opportunityId, String reference,
        String title, String buyer, Instant closingAt, Instant raisedAt, boolean matchedInterests) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One notice in a search result. {@code summary}: the start of the description. */
public record SearchHit(UUID id, String reference, String title, String summary, String buyer, OpportunityType type,
        OpportunityStatus status, List<String> cpvCodes, Long valueMinPence, Long valueMaxPence, String location,
        String postcode, boolean smeSuitable, boolean vcseSuitable, Instant publishedAt, Instant closingAt) {
}

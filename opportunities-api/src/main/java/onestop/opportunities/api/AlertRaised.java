package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.alert.raised}: a newly published notice matched a saved search, or
 * (since 1.2.0, {@code matchedInterests} true, with no saved search; absent from older events) the work categories of the business's supplier
 * profile.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertRaised(UUID alertId, UUID businessId, UUID savedSearchId, String savedSearchName,
        UUID opportunityId, String reference, String title, String buyer, Instant closingAt, Instant raisedAt,
        Boolean matchedInterests) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of {@code onestop.opportunities.alert.raised}: a newly published notice matched a saved search. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlertRaised(UUID alertId, UUID businessId, UUID savedSearchId, String savedSearchName,
        UUID opportunityId, String reference, String title, String buyer, Instant closingAt, Instant raisedAt) {
}

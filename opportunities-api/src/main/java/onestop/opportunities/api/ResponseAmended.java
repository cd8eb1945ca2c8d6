package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of {@code onestop.opportunities.response.amended}: which response changed, not what it now says. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResponseAmended(UUID responseId, String reference, UUID opportunityId, String opportunityReference,
        String title, String buyer, UUID businessId, Instant amendedAt) {
}

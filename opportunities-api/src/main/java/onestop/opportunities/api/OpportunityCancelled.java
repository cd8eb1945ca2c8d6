package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of {@code onestop.opportunities.opportunity.cancelled}: the buyer cancelled the notice. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpportunityCancelled(UUID opportunityId, String reference, String buyer, String reason,
        Instant cancelledAt) {
}

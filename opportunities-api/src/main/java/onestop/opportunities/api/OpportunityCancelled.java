package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.cancelled}: the buyer cancelled the notice. Since 1.2.0 its
 * {@code title} and {@code respondentBusinessIds}, the businesses that had responded, whom the gateway tells.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpportunityCancelled(UUID opportunityId, String reference, String buyer, String reason,
        Instant cancelledAt, String title, List<UUID> respondentBusinessIds) {
}

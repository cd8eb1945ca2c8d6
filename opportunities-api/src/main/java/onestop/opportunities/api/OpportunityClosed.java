package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.closed} (OPEN → CLOSED). {@code automatic}: closed by the
 * clock at {@code closingAt} rather than by the buyer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpportunityClosed(UUID opportunityId, String reference, String buyer, Instant closedAt,
        boolean automatic) {
}

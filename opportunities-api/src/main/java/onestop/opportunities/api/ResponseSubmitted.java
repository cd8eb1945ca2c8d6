package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.response.submitted}: a supplier responded to a notice.
 * {@code closingAt}: the notice's deadline when it was submitted (for the supplier's calendar; null from older
 * producers).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ResponseSubmitted(UUID responseId, String reference, UUID opportunityId, String opportunityReference,
        String title, String buyer, UUID businessId, Instant submittedAt, Instant closingAt) {
}

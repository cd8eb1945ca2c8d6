package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of {@code onestop.opportunities.opportunity.document-removed}: the buyer removed a document. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentRemoved(UUID opportunityId, String reference, String title, String buyer, UUID documentId,
        String name, Instant removedAt) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.document-removed}: the buyer removed a document from an open
 * notice. {@code respondentBusinessIds} (since 1.2.0): the businesses that have responded, who confirm or amend.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentRemoved(UUID opportunityId, String reference, String title, String buyer, UUID documentId,
        String name, Instant removedAt, List<UUID> respondentBusinessIds) {
}

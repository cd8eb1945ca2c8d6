package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.document-added}: the buyer attached a document to an
 * open notice. {@code respondentBusinessIds}: the businesses that have responded, who may want to amend.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DocumentAdded(UUID opportunityId, String reference, String title, String buyer, UUID documentId,
        String name, String mediaType, long sizeBytes, String href, Instant addedAt,
        List<UUID> respondentBusinessIds) {
}

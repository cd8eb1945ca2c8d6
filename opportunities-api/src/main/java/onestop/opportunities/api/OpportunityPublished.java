package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The data of {@code onestop.opportunities.opportunity.published}: a buyer published a draft (DRAFT → OPEN). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpportunityPublished(UUID opportunityId, String reference, String title, String buyer,
        OpportunityType type, List<String> cpvCodes, Long valueMinPence, Long valueMaxPence, boolean smeSuitable,
        boolean vcseSuitable, List<String> requiredLicenceTypes, Instant publishedAt, Instant closingAt) {
}

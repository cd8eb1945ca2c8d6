package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.changed}: the buyer changed an open tender notice, which
 * published its next version ({@code noticeVersion}). {@code respondentBusinessIds}: the businesses that have
 * responded, who check their response against the changed notice and confirm or amend it before the deadline.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpportunityChanged(UUID opportunityId, String reference, String title, String buyer, int noticeVersion,
        Instant closingAt, Instant changedAt, List<UUID> respondentBusinessIds) {
}

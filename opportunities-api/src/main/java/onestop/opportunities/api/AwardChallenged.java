package onestop.opportunities.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.award-challenged}: a supplier that tendered challenged the
 * award during the standstill ({@code businessId}, the challenger), so the contract is suspended (s.102 of the
 * Procurement Act 2023) until the buyer records the outcome. Names the buyer, whom it concerns; the grounds stay
 * in the service, where the buyer reads them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwardChallenged(UUID opportunityId, String reference, String title, String buyer, UUID challengeId,
        UUID businessId, LocalDate standstillLastDay, Instant raisedAt) {
}

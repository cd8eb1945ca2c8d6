package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.award-challenge-resolved}: the buyer recorded how a
 * supplier's challenge of an award ended, with a note; the challenger ({@code businessId}) is told. Once no
 * challenge of the award is open, the contract may be entered into after the standstill.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AwardChallengeResolved(UUID opportunityId, String reference, String title, String buyer,
        UUID challengeId, UUID businessId, StandstillChallenge.Outcome outcome, String note, Instant resolvedAt) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/** One supplier's outcome at a decided challenge stage: in, out or funded; one event per supplier. */
public record ChallengeDecided(UUID opportunityId, String reference, String title, String buyer, ChallengeStage stage,
        UUID businessId, ChallengeOutcome outcome, long fundingPence, Instant decidedAt) {
}

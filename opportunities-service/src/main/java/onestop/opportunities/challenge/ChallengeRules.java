package onestop.opportunities.challenge;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.Challenges.Decision;
import onestop.opportunities.api.Challenges.Funding;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem.FieldError;
import onestop.platform.problem.RuleViolation;

/** The rules of a challenge run as a process, without Quarkus so they are unit tested alone. */
final class ChallengeRules {

    /** The code of the SBRI rule that at least two competitors stay in to the end. */
    static final String SBRI_TWO_COMPETITORS = "sbri-two-competitors";
    static final String OVER_BUDGET = "over-budget";

    private ChallengeRules() {
    }

    /** A stage's ask may be set for a stage after the challenge is defined, and not for one already passed. */
    static void checkAskStage(ChallengeStage current, ChallengeStage stage) {
        if (stage == ChallengeStage.CHALLENGE_DEFINED || stage.ordinal() < current.ordinal()) {
            throw violation("stage", FieldCodes.NOT_ALLOWED, "Stage " + stage + " takes no submissions: a challenge at "
                    + current + " can ask for its current stage or a later one.");
        }
    }

    /**
     * The buyer keeps some of the suppliers who submitted at a stage and funds some of those kept: only submitters
     * can be kept, only kept suppliers funded, an SBRI-style challenge keeps at least two competitors, and all the
     * funding so far and now stays within the budget.
     */
    static void checkDecision(boolean sbri, long budgetPence, long fundedBefore, Collection<UUID> submitters,
            Decision decision) {
        Set<UUID> kept = new HashSet<>(decision.kept());
        if (!submitters.containsAll(kept)) {
            throw violation("kept", FieldCodes.INVALID,
                    "Only suppliers who submitted at this stage can be kept in.");
        }
        if (sbri && kept.size() < 2) {
            throw violation("kept", SBRI_TWO_COMPETITORS,
                    "An SBRI challenge keeps at least two competitors to the end: keep two or more suppliers.");
        }
        long total = fundedBefore;
        Set<UUID> funded = new HashSet<>();
        for (Funding f : decision.fundingOrNone()) {
            if (!kept.contains(f.businessId()) || !funded.add(f.businessId())) {
                throw violation("funding", FieldCodes.INVALID,
                        "Funding goes to suppliers kept in at this stage, once each.");
            }
            total += f.pence();
        }
        if (total > budgetPence) {
            throw violation("funding", OVER_BUDGET, "The funding awarded, " + total + " pence in all, is more than the "
                    + "challenge budget of " + budgetPence + " pence.");
        }
    }

    private static RuleViolation violation(String field, String code, String message) {
        return new RuleViolation(message, List.of(new FieldError(field, code, message)));
    }
}

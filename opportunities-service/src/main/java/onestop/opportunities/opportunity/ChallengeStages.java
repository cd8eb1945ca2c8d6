package onestop.opportunities.opportunity;

import onestop.opportunities.api.ChallengeStage;
import onestop.platform.problem.IllegalTransition;

/** The rule of challenge-led procurement: a challenge moves forward one {@link ChallengeStage} at a time, never back. */
final class ChallengeStages {

    private ChallengeStages() {
    }

    static ChallengeStage first() {
        return ChallengeStage.values()[0];
    }

    /** @return {@code next} if it is the stage after {@code current} */
    static ChallengeStage advance(ChallengeStage current, ChallengeStage next) {
        ChallengeStage[] stages = ChallengeStage.values();
        int at = current.ordinal();
        if (next == null || next.ordinal() != at + 1) {
            throw new IllegalTransition("A challenge at " + current + " can only move to "
                    + (at + 1 < stages.length ? stages[at + 1] : "no further stage") + ".");
        }
        return next;
    }
}

package onestop.opportunities.opportunity;

import onestop.platform.problem.IllegalTransition;

/**
 * The stages of challenge-led procurement, in their only order: a challenge moves forward one stage
 * at a time and never back.
 */
public enum ChallengeStage {
    CHALLENGE_DEFINED, INVITING_SOLUTIONS, EXPLORATION, ACCELERATOR, PROTOTYPE, PRE_COMMERCIALISATION;

    public static ChallengeStage first() {
        return values()[0];
    }

    /** @return {@code next} if it is the stage after this one */
    public ChallengeStage advanceTo(ChallengeStage next) {
        if (next == null || next.ordinal() != ordinal() + 1) {
            throw new IllegalTransition("A challenge at " + this + " can only move to "
                    + (ordinal() + 1 < values().length ? values()[ordinal() + 1] : "no further stage") + ".");
        }
        return next;
    }
}

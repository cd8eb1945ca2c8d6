package onestop.opportunities.api;

/**
 * The stages of challenge-led procurement, in their only order. How a challenge may move between them (one stage
 * forward at a time, never back) is the service's rule, not part of the contract.
 */
public enum ChallengeStage {
    CHALLENGE_DEFINED, INVITING_SOLUTIONS, EXPLORATION, ACCELERATOR, PROTOTYPE, PRE_COMMERCIALISATION
}

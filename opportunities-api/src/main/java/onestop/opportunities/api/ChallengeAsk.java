package onestop.opportunities.api;

/** What a challenge asks of the suppliers still in at a stage. */
public enum ChallengeAsk {
    PROPOSAL, FEASIBILITY_REPORT, PROTOTYPE_DEMONSTRATION, COMMERCIAL_PLAN
}

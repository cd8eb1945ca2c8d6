package onestop.opportunities.api;

/** A supplier's outcome at a decided stage: kept in, out, or kept in and funded for the next phase. */
public enum ChallengeOutcome {
    IN, OUT, FUNDED
}

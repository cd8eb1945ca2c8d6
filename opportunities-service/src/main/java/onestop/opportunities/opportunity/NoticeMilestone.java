package onestop.opportunities.opportunity;

/**
 * Something happened to a published procurement that the Act says to publish as a notice; fired inside the
 * transaction that made it, so that the notice (ADR 8) commits with it or not at all.
 */
public record NoticeMilestone(Opportunity opportunity, Kind kind) {

    public enum Kind {
        /** The buyer engages the market before the tender notice. */
        MARKET_ENGAGEMENT,
        /** The buyer announced its tender notice ahead. */
        PLANNED_PROCUREMENT,
        /** The tender notice was published. */
        PUBLISHED,
        /** An open tender notice was changed (its fields or its documents). */
        CHANGED,
        /** A published procurement was abandoned. */
        CANCELLED,
        /** The buyer awards directly, without competition: the transparency notice, which starts the standstill. */
        DIRECT_AWARD,
        /** The buyer published its intention to award: the contract award notice, which starts the standstill. */
        AWARDED,
        /** The contract was entered into after the standstill. */
        CONTRACT_ENTERED,
        /** The contract was changed. */
        CONTRACT_CHANGED,
        /** The contract ended, however it ended. */
        CONTRACT_TERMINATED
    }
}

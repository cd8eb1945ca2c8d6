package onestop.opportunities.opportunity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import onestop.platform.problem.IllegalTransition;

/** The life of a notice. The allowed moves are data: {@link #NEXT} is the whole state machine. */
public enum OpportunityStatus {
    DRAFT, OPEN, CLOSED, AWARDED, CANCELLED;

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> NEXT = Map.of(
            DRAFT, EnumSet.of(OPEN, CANCELLED),
            OPEN, EnumSet.of(CLOSED, CANCELLED),
            CLOSED, EnumSet.of(AWARDED, CANCELLED),
            AWARDED, EnumSet.noneOf(OpportunityStatus.class),
            CANCELLED, EnumSet.noneOf(OpportunityStatus.class));

    public boolean canMoveTo(OpportunityStatus next) {
        return NEXT.get(this).contains(next);
    }

    /** @return {@code next}, if the move is allowed */
    public OpportunityStatus moveTo(OpportunityStatus next) {
        if (!canMoveTo(next)) {
            throw new IllegalTransition("A notice that is " + this + " cannot become " + next + ".");
        }
        return next;
    }

    /** Whether anyone may read a notice in this state (a draft is its buyer's only). */
    public boolean isPublic() {
        return this != DRAFT;
    }
}

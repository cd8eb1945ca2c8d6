package onestop.opportunities.opportunity;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.problem.IllegalTransition;

/**
 * The life of a notice. The allowed moves are data: {@link #NEXT} is the whole state machine. A draft or planned
 * procurement becomes AWARDED only by a direct award (a transparency notice); a tender only once CLOSED.
 */
public final class NoticeLifecycle {

    private static final Map<OpportunityStatus, Set<OpportunityStatus>> NEXT = Map.of(
            OpportunityStatus.DRAFT, EnumSet.of(OpportunityStatus.PLANNED, OpportunityStatus.OPEN,
                    OpportunityStatus.AWARDED, OpportunityStatus.CANCELLED),
            OpportunityStatus.PLANNED, EnumSet.of(OpportunityStatus.OPEN, OpportunityStatus.AWARDED,
                    OpportunityStatus.CANCELLED),
            OpportunityStatus.OPEN, EnumSet.of(OpportunityStatus.CLOSED, OpportunityStatus.CANCELLED),
            OpportunityStatus.CLOSED, EnumSet.of(OpportunityStatus.AWARDED, OpportunityStatus.CANCELLED),
            OpportunityStatus.AWARDED, EnumSet.noneOf(OpportunityStatus.class),
            OpportunityStatus.CANCELLED, EnumSet.noneOf(OpportunityStatus.class));

    private NoticeLifecycle() {
    }

    public static boolean canMove(OpportunityStatus from, OpportunityStatus next) {
        return NEXT.get(from).contains(next);
    }

    /** @return {@code next}, if the move is allowed */
    public static OpportunityStatus move(OpportunityStatus from, OpportunityStatus next) {
        if (!canMove(from, next)) {
            throw new IllegalTransition("A notice that is " + from.phrase() + " cannot become " + next.phrase() + ".");
        }
        return next;
    }

    /** Whether anyone may read a notice in this state (a draft is its buyer's only). */
    public static boolean isPublic(OpportunityStatus status) {
        return status != OpportunityStatus.DRAFT;
    }
}

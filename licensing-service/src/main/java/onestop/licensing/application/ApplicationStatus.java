package onestop.licensing.application;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an application stands. Which actions move it where is data, in {@link ApplicationAction}:
 * DRAFT → SUBMITTED → (INFORMATION_REQUESTED ⇄ SUBMITTED) → IN_CONSULTATION | UNDER_REVIEW → GRANTED |
 * REFUSED, and WITHDRAWN from any open state.
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, INFORMATION_REQUESTED, IN_CONSULTATION, UNDER_REVIEW, GRANTED, REFUSED, WITHDRAWN;

    /** The states in which the target clock runs (complete, paid, undecided, not waiting for the applicant). */
    public static final Set<ApplicationStatus> CLOCK_RUNNING = EnumSet.of(SUBMITTED, IN_CONSULTATION, UNDER_REVIEW);

    public boolean isOpen() {
        return this != GRANTED && this != REFUSED && this != WITHDRAWN;
    }

    public boolean clockRunning() {
        return CLOCK_RUNNING.contains(this);
    }

    /** Whether some action leads from this state to {@code next}. */
    public boolean canMoveTo(ApplicationStatus next) {
        for (ApplicationAction action : ApplicationAction.values()) {
            if (action.allowedFrom(this) && action.leadsTo(next)) {
                return true;
            }
        }
        return false;
    }
}

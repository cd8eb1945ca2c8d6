package onestop.licensing.api;

/**
 * Where an application stands: DRAFT → SUBMITTED → (INFORMATION_REQUESTED ⇄ SUBMITTED) → IN_CONSULTATION |
 * UNDER_REVIEW → GRANTED | REFUSED, and WITHDRAWN from any open state. Which actions move it where is the
 * licensing service's own rule ({@code ApplicationAction}).
 */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, INFORMATION_REQUESTED, IN_CONSULTATION, UNDER_REVIEW, GRANTED, REFUSED, WITHDRAWN;

    /** Not yet decided nor withdrawn. */
    public boolean isOpen() {
        return this != GRANTED && this != REFUSED && this != WITHDRAWN;
    }
}

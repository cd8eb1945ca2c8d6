package onestop.licensing.api;

/** A hearing on an application: SCHEDULED (perhaps adjourned once), or DISPENSED with because all parties agreed. */
public enum HearingStatus {
    SCHEDULED, DISPENSED
}

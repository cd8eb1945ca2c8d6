package onestop.licensing.api;

/** Whether a licence type's consultation days count every day or working days only. */
public enum DayBasis {
    CALENDAR, WORKING
}

package onestop.licensing.api;

/**
 * What an officer (or tacit consent) decided on an application. After a hearing the authority may also grant
 * with conditions modified from those applied for, or exclude some of the licensable activities (Licensing Act
 * 2003 s.18(4)); both grant a licence.
 */
public enum DecisionOutcome {
    GRANT, REFUSE, GRANT_WITH_MODIFIED_CONDITIONS, EXCLUDE_ACTIVITIES;

    /** Whether a licence is issued. */
    public boolean grants() {
        return this != REFUSE;
    }
}

package onestop.licensing.api;

/** What an officer (or tacit consent) decided on an application. */
public enum DecisionOutcome {
    GRANT, REFUSE
}

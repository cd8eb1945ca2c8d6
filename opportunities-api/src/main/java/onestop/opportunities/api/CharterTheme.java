package onestop.opportunities.api;

/** The principles of the Birmingham Business Charter for Social Responsibility. */
public enum CharterTheme {
    LOCAL_EMPLOYMENT, BUY_BIRMINGHAM_FIRST, PARTNERS_IN_COMMUNITIES, GOOD_EMPLOYER, GREEN_AND_SUSTAINABLE,
    ETHICAL_PROCUREMENT
}

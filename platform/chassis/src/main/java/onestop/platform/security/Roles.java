package onestop.platform.security;

import java.util.Set;

/** The role names carried in the {@code groups} claim of an access token. */
public final class Roles {

    public static final String BUSINESS = "business";
    public static final String LICENSING_OFFICER = "licensing-officer";
    public static final String BUYER = "buyer";
    public static final String ADMIN = "admin";

    // The responsible authorities of the Licensing Act 2003 (s.13): each signs in as staff with its own role.
    public static final String POLICE = "police";
    public static final String ENVIRONMENTAL_HEALTH = "environmental-health";
    public static final String FIRE = "fire";
    public static final String PLANNING = "planning";
    public static final String TRADING_STANDARDS = "trading-standards";
    public static final String CHILD_PROTECTION = "child-protection";
    public static final String HEALTH = "health";

    /** Every responsible authority's role: they make representations on applications under consultation. */
    public static final Set<String> RESPONSIBLE_AUTHORITIES = Set.of(POLICE, ENVIRONMENTAL_HEALTH, FIRE, PLANNING,
            TRADING_STANDARDS, CHILD_PROTECTION, HEALTH);

    private Roles() {
    }
}

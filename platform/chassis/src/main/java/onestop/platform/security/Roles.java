package onestop.platform.security;

/** The role names carried in the {@code groups} claim of an access token. */
public final class Roles {

    public static final String BUSINESS = "business";
    public static final String LICENSING_OFFICER = "licensing-officer";
    public static final String BUYER = "buyer";
    public static final String ADMIN = "admin";
    /** Responsible authorities (Licensing Act 2003 s.13(4)); these two may also object to temporary event notices (s.104). */
    public static final String POLICE = "police";
    public static final String ENVIRONMENTAL_HEALTH = "environmental-health";

    private Roles() {
    }
}

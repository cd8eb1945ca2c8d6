package onestop.platform.security;

/** The role names carried in the {@code groups} claim of an access token. */
public final class Roles {

    public static final String BUSINESS = "business";
    public static final String LICENSING_OFFICER = "licensing-officer";
    public static final String BUYER = "buyer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}

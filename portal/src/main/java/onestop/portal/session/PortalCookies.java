package onestop.portal.session;

import jakarta.ws.rs.core.NewCookie;

/**
 * The portal's two cookies: the session (HttpOnly, SameSite=Lax, Secure on TLS, 8 hours) and the
 * anonymous forms' CSRF token (a double-submit cookie, for the session's end). Nothing else is stored.
 */
public final class PortalCookies {

    public static final String SESSION = "onestop_session";
    public static final String CSRF = "onestop_csrf";

    private PortalCookies() {
    }

    public static NewCookie session(String token, boolean secure) {
        return cookie(SESSION, token, (int) PortalSessions.LIFETIME.toSeconds(), secure);
    }

    public static NewCookie endSession(boolean secure) {
        return cookie(SESSION, "", 0, secure);
    }

    public static NewCookie csrf(String token, boolean secure) {
        return cookie(CSRF, token, NewCookie.DEFAULT_MAX_AGE, secure);
    }

    /**
     * Whether the browser reached us over TLS: the request's scheme, which a trusted proxy's
     * {@code X-Forwarded-Proto} sets (quarkus.http.proxy.*) and nobody else's does.
     */
    public static boolean secure(String scheme) {
        return "https".equalsIgnoreCase(scheme);
    }

    private static NewCookie cookie(String name, String value, int maxAge, boolean secure) {
        return new NewCookie.Builder(name).value(value).path("/").httpOnly(true).secure(secure)
                .sameSite(NewCookie.SameSite.LAX).maxAge(maxAge).build();
    }
}

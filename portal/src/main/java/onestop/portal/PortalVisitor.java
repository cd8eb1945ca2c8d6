package onestop.portal;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.vertx.core.Context;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;
import onestop.platform.security.Roles;

/**
 * Who is looking at this page: the session found from the request's cookie, once per request. Pages that
 * need a signed-in user call {@link #required()}; forms they receive call {@link #checkForm(String)}.
 */
@RequestScoped
public class PortalVisitor {

    @Inject
    PortalSessions sessions;

    @Inject
    RoutingContext request;

    private PortalSessions.Lookup lookup;

    public Optional<PortalSessions.SignedIn> signedIn() {
        if (lookup == null) {
            Cookie cookie = request.request().getCookie(PortalCookies.SESSION);
            String token = cookie == null ? null : cookie.getValue();
            // an address no route matches is answered on the I/O thread, where the database may not be read:
            // its "page not found" is shown as to someone signed out
            lookup = Context.isOnEventLoopThread() ? new PortalSessions.Lookup(Optional.empty(), false)
                    : sessions.lookup(token);
        }
        return lookup.signedIn();
    }

    /**
     * The signed-in user; anyone else is sent to sign in and brought back here afterwards (told so if their
     * session ended because it was left unused).
     */
    public PortalSessions.SignedIn required() {
        return signedIn().orElseThrow(() -> new SignInRequired(
                "GET".equals(request.request().method().name()) ? request.request().uri() : null,
                lookup.timedOut()));
    }

    /** The signed-in user who holds {@code role}; anyone else signed in sees "Page not found". */
    public PortalSessions.SignedIn requiredRole(String role) {
        PortalSessions.SignedIn user = required();
        if (!user.account().roles().contains(role)) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return user;
    }

    /** The signed-in user, after checking that a form they sent carries their session's CSRF token. */
    public PortalSessions.SignedIn checkForm(String csrf) {
        PortalSessions.SignedIn user = required();
        if (!PortalSessions.same(user.session().csrfToken, csrf)) {
            throw new FormExpired();
        }
        return user;
    }

    /** What the layout shows of the visitor: their navigation and their session's CSRF token for forms. */
    public Viewer viewer() {
        return signedIn().map(user -> {
            java.util.Set<String> roles = user.account().roles();
            return new Viewer(true, user.account().email(), roles.contains(Roles.BUSINESS),
                    roles.contains(Roles.LICENSING_OFFICER), roles.contains(Roles.BUYER), user.session().csrfToken,
                    roles.contains(Roles.POLICE) || roles.contains(Roles.ENVIRONMENTAL_HEALTH),
                    roles.contains(Roles.ADMIN));
        }).orElse(Viewer.NOBODY);
    }

    @io.quarkus.qute.TemplateData
    public record Viewer(boolean signedIn, String email, boolean business, boolean officer, boolean buyer, String csrf,
            boolean authority, boolean admin) {

        /** Someone not signed in. */
        static final Viewer NOBODY = new Viewer(false, null, false, false, false, null, false, false);
    }

    /** Someone not signed in asked for a page that needs it; {@code returnTo} is where to go afterwards. */
    public static class SignInRequired extends RuntimeException {
        final String returnTo;
        final boolean timedOut;

        SignInRequired(String returnTo, boolean timedOut) {
            super(null, null, false, false);
            this.returnTo = returnTo;
            this.timedOut = timedOut;
        }
    }

    /** A form arrived without its session's CSRF token (an old tab, or another site's forgery). */
    public static class FormExpired extends RuntimeException {
        FormExpired() {
            super(null, null, false, false);
        }
    }
}

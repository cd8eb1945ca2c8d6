package onestop.portal;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import io.quarkus.qute.TemplateInstance;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/**
 * The forms of people not signed in (sign in, create an account, confirm an address, reset a password): their
 * CSRF token is a double-submit cookie, renewed with each page.
 */
final class AnonymousForms {

    static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private AnonymousForms() {
    }

    /** The visitor's CSRF token if it looks like one of ours, else a new one. */
    static String csrfOrNew(String csrf) {
        return csrf != null && csrf.length() >= 32 && csrf.length() <= 100 ? csrf : PortalSessions.randomToken();
    }

    /** The page, with the CSRF cookie its form must send back. */
    static Response page(TemplateInstance page, int status, String csrf, UriInfo uri) {
        return Response.status(status).type(HTML).entity(page.render())
                .cookie(PortalCookies.csrf(csrf, secure(uri))).build();
    }

    static boolean secure(UriInfo uri) {
        return PortalCookies.secure(uri.getRequestUri().getScheme());
    }
}

package onestop.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.platform.problem.ProblemMappers;
import onestop.platform.requestid.RequestIds;
import onestop.portal.session.PortalCookies;
import onestop.portal.session.PortalSessions;

/**
 * The portal's answers when a page cannot be shown: sign in first; a form that expired; and a page whose
 * service is down (503) or that failed (500), the portal's error page, never a stack trace or a problem document.
 */
public class PortalErrors {

    private static final Logger LOG = Logger.getLogger(PortalErrors.class);

    @Inject
    @Location("portal/error")
    Template error;

    @Inject
    @Location("portal/form-expired")
    Template formExpired;

    private final ProblemMappers problems = new ProblemMappers();

    /** A page that needs a signed-in user sends anyone else to sign in, and back afterwards. */
    @ServerExceptionMapper
    public Response signIn(PortalVisitor.SignInRequired e) {
        String query = (e.timedOut ? "timeout=idle&" : "")
                + (e.returnTo == null ? "" : "next=" + URLEncoder.encode(e.returnTo, StandardCharsets.UTF_8) + "&");
        String target = "/sign-in" + (query.isEmpty() ? "" : "?" + query.substring(0, query.length() - 1));
        return Response.seeOther(URI.create(target)).build();
    }

    /** A sign-in ended elsewhere (signed out everywhere, a new password): sign in again, and come back. */
    @ServerExceptionMapper
    public Response sessionEnded(PortalSessions.Ended e, UriInfo uri, HttpHeaders headers) {
        return Response.seeOther(URI.create("/sign-in")).cookie(PortalCookies.endSession(AnonymousForms.secure(uri)))
                .build();
    }

    /** A form without its session's CSRF token changes nothing and says so. */
    @ServerExceptionMapper
    public Response formExpired(PortalVisitor.FormExpired e) {
        return Response.status(403).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(formExpired.instance().render()).build();
    }

    @ServerExceptionMapper
    public Response unavailable(ServiceUnavailable e) {
        LOG.warnf("Portal page could not be served: %s", e.getMessage());
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("requestId", RequestIds.current()).render()).build();
    }

    /** Ahead of the platform's own answer to the unexpected, which stays the answer to the API's clients. */
    @ServerExceptionMapper(priority = Priorities.USER - 1)
    public Response unexpected(Throwable e, UriInfo uri, HttpHeaders headers) {
        if (!PortalNotFound.wantsPage(uri, headers)) {
            return problems.unexpected(e, uri);
        }
        LOG.errorf(e, "Portal page %s failed (request %s)", uri.getPath(), RequestIds.current());
        return Response.status(500).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("requestId", RequestIds.current()).render()).build();
    }
}

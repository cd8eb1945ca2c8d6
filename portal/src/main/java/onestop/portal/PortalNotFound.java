package onestop.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.platform.problem.ProblemMappers;

/**
 * An unknown page answers the portal's "Page not found" in the service's style; an unknown API address,
 * or a client that does not ask for HTML, still gets the problem document.
 */
public class PortalNotFound {

    @Inject
    @Location("portal/not-found")
    Template notFound;

    private final ProblemMappers problems = new ProblemMappers();

    @ServerExceptionMapper
    public Response notFound(NotFoundException e, UriInfo uri, HttpHeaders headers) {
        if (!wantsPage(uri, headers)) {
            return problems.web(e, uri);
        }
        return Response.status(404).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(notFound.instance().render()).build();
    }

    /** A person's browser asking for a portal page, rather than a client of the API. */
    static boolean wantsPage(UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        boolean api = path.startsWith("/api/") || path.startsWith("/q/") || path.startsWith("/.well-known/");
        boolean wantsHtml = headers.getAcceptableMediaTypes().stream()
                .anyMatch(type -> type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType());
        return !api && wantsHtml;
    }
}

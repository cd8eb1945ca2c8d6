package onestop.gateway.portal;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import onestop.platform.web.RequestIds;

/** A page whose service is down answers the portal's error page (503), never a stack trace or a problem document. */
public class PortalErrors {

    private static final Logger LOG = Logger.getLogger(PortalErrors.class);

    @Inject
    @Location("portal/error")
    Template error;

    @ServerExceptionMapper
    public Response unavailable(ServiceReader.ServiceUnavailable e) {
        LOG.warnf("Portal page could not be served: %s", e.getMessage());
        return Response.status(503).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(error.data("requestId", RequestIds.current()).render()).build();
    }
}

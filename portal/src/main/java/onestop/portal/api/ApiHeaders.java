package onestop.portal.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import org.eclipse.microprofile.rest.client.ext.ClientHeadersFactory;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import onestop.platform.requestid.RequestIds;

/**
 * The headers every call of a typed client carries: the page request's id and the
 * browser's address (so that the gateway's per-client limits count the person, not the portal).
 */
@ApplicationScoped
public class ApiHeaders implements ClientHeadersFactory {

    private final CurrentVertxRequest currentRequest;

    ApiHeaders(CurrentVertxRequest currentRequest) {
        this.currentRequest = currentRequest;
    }

    @Override
    public MultivaluedMap<String, String> update(MultivaluedMap<String, String> incoming,
            MultivaluedMap<String, String> outgoing) {
        MultivaluedMap<String, String> headers = new MultivaluedHashMap<>(outgoing);
        String requestId = RequestIds.current();
        if (requestId != null) {
            headers.putSingle(RequestIds.HEADER, requestId);
        }
        RoutingContext context = currentRequest.getCurrent();
        if (context != null && context.request().remoteAddress() != null) {
            headers.putSingle("X-Forwarded-For", context.request().remoteAddress().hostAddress());
        }
        return headers;
    }
}

package onestop.gateway.requestid;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every request the gateway receives an id before anything else handles it: kept in the
 * routing context and the logging MDC, set on the request for whoever reads it next, and echoed on
 * the response.
 */
@ApplicationScoped
public class RequestIdRoute {

    /** Before anything else, CORS included, so that every answer carries the id. */
    public static final int ORDER = -10_000;

    void register(@Observes Router router) {
        router.route().order(ORDER).handler(this::assign);
    }

    private void assign(RoutingContext context) {
        String id = RequestId.acceptOrCreate(context.request().getHeader(RequestId.HEADER));
        context.put(RequestId.CONTEXT_KEY, id);
        context.request().headers().set(RequestId.HEADER, id);
        // Set last, replacing any copy a resource filter or a service added, so the answer carries exactly one.
        context.addHeadersEndHandler(beforeHeaders -> context.response().headers().set(RequestId.HEADER, id));
        MDC.put(RequestId.MDC_KEY, id);
        context.addEndHandler(done -> MDC.remove(RequestId.MDC_KEY));
        context.next();
    }
}

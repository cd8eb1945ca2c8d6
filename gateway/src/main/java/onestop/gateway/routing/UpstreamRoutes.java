package onestop.gateway.routing;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import onestop.gateway.GatewayConfig;
import onestop.gateway.requestid.RequestIdRoute;

/**
 * The path prefixes each service owns, routed to it unchanged; every other path that is not the gateway's own
 * ({@code /api/...}, {@code /.well-known/...}, the calendar feeds {@code /calendar/...}, and {@code /q/...}, which no
 * public port answers) is the web
 * portal's, cookies and all.
 */
@ApplicationScoped
public class UpstreamRoutes {

    /** Every path but the gateway's own, which it answers itself or refuses with a problem document. */
    private static final Pattern PORTAL_PATHS = Pattern.compile("^/(?!api/|api$|q/|q$|\\.well-known/|calendar/).*");

    /** Right after the edge rules (RequestIdRoute.ORDER + 1 to + 4, EdgeRoutes), before Quarkus' filters (CORS at -300). */
    static final int FORWARD_ORDER = RequestIdRoute.ORDER + 5;

    private final ReverseProxy proxy;
    private final GatewayConfig config;

    UpstreamRoutes(ReverseProxy proxy, GatewayConfig config) {
        this.proxy = proxy;
        this.config = config;
    }

    void register(@Observes Router router) {
        route(router, "/api/licensing", Upstream.service("licensing", config.licensingUrl()));
        route(router, "/api/opportunities", Upstream.service("opportunities", config.opportunitiesUrl()));
        Upstream portal = new Upstream("portal", config.portalUrl(), true);
        router.routeWithRegex(PORTAL_PATHS.pattern()).handler(context -> proxy.forward(context, portal));
    }

    /** Whether a (canonical) path is the portal's. */
    public static boolean isPortal(String path) {
        return PORTAL_PATHS.matcher(path).matches();
    }

    private void route(Router router, String pathPrefix, Upstream upstream) {
        // "/x/*" also matches "/x" itself, but never "/xy".
        // A request without an Origin is forwarded right after the edge rules: Quarkus' CORS, security and REST
        // handlers come later in the router and have nothing to do with a service's route (CORS only answers a
        // request with an Origin, the gateway has no permission on these paths, and no resource of its own lives
        // under them), and walking them took about 7 % of the event loops' time on a proxied request.
        router.route(pathPrefix + "/*").order(FORWARD_ORDER).handler(context -> {
            if (context.request().headers().contains(HttpHeaders.ORIGIN)) {
                context.next();
            } else {
                proxy.forward(context, upstream);
            }
        });
        // one with an Origin, after CORS has answered a preflight or checked the origin
        router.route(pathPrefix + "/*").handler(context -> proxy.forward(context, upstream));
    }
}

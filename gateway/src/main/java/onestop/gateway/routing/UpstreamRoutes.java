package onestop.gateway.routing;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import onestop.gateway.GatewayConfig;

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
        router.route(pathPrefix + "/*").handler(context -> proxy.forward(context, upstream));
    }
}

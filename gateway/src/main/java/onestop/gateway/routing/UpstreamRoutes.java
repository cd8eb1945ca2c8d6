package onestop.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import onestop.gateway.GatewayConfig;

/** The path prefixes each service owns, routed to it unchanged. */
@ApplicationScoped
class UpstreamRoutes {

    private final ReverseProxy proxy;
    private final GatewayConfig config;

    UpstreamRoutes(ReverseProxy proxy, GatewayConfig config) {
        this.proxy = proxy;
        this.config = config;
    }

    void register(@Observes Router router) {
        route(router, new Upstream("licensing", "/api/licensing", config.licensingUrl()));
        route(router, new Upstream("opportunities", "/api/opportunities", config.opportunitiesUrl()));
    }

    private void route(Router router, Upstream upstream) {
        // "/x/*" also matches "/x" itself, but never "/xy".
        router.route(upstream.pathPrefix() + "/*").handler(context -> proxy.forward(context, upstream));
    }
}

package onestop.gateway.routing;

import java.net.URI;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.RoutingContext;
import onestop.gateway.GatewayConfig;

/** Owns the pooled HTTP client the gateway uses to reach the services, and forwards requests through it. */
@ApplicationScoped
class ReverseProxy {

    private final HttpClient client;
    private final long responseTimeoutMillis;
    private final ProblemWriter problems;
    private final URI publicUrl;

    ReverseProxy(Vertx vertx, GatewayConfig config, ProblemWriter problems) {
        this.client = vertx.createHttpClient(
                new HttpClientOptions()
                        .setConnectTimeout((int) config.connectTimeout().toMillis())
                        .setKeepAlive(true)
                        .setDecompressionSupported(false),
                // A bulkhead: at most 200 connections to each service and 1000 requests waiting for one; beyond
                // that the caller is answered 503 with Retry-After at once instead of queueing without bound.
                new PoolOptions().setHttp1MaxSize(200).setMaxWaitQueueSize(1000));
        this.responseTimeoutMillis = config.responseTimeout().toMillis();
        this.problems = problems;
        this.publicUrl = config.publicUrl();
    }

    @PreDestroy
    void close() {
        client.close();
    }

    void forward(RoutingContext context, Upstream upstream) {
        // Paused until the upstream request exists, so no byte of the body is lost meanwhile.
        context.request().pause();
        new ProxiedExchange(context, upstream, responseTimeoutMillis, problems, publicUrl,
                // Waiting for a free pooled connection counts against the response timeout, not the connect one.
                exchange -> client.request(upstream.target(context.request()).setConnectTimeout(responseTimeoutMillis))
                        .onSuccess(exchange::send)
                        .onFailure(exchange::fail))
                .open();
    }
}

package onestop.gateway.routing;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.ext.web.RoutingContext;
import onestop.gateway.GatewayConfig;

/**
 * Owns the pooled HTTP clients the gateway uses to reach the services, and forwards requests through them.
 *
 * <p>One client per event loop, each used only from its own loop: a connection then lives on the thread that
 * serves the caller, so the answer is piped back without handing every chunk from one event loop to another (the
 * profile under wrk showed those hand-offs; one shared pool gives a request a connection on any loop).
 */
@ApplicationScoped
class ReverseProxy {

    /** The bulkhead, for the whole gateway: connections to each service, and requests waiting for one. */
    static final int MAX_CONNECTIONS = 200;
    static final int MAX_WAITING = 1000;

    private final Vertx vertx;
    private final HttpClientOptions options;
    private final PoolOptions pool;
    private final Map<Thread, HttpClient> clients = new ConcurrentHashMap<>();
    private final long responseTimeoutMillis;
    private final ProblemWriter problems;
    private final URI publicUrl;

    ReverseProxy(Vertx vertx, GatewayConfig config, ProblemWriter problems) {
        this.vertx = vertx;
        this.options = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setDecompressionSupported(false);
        // A bulkhead: at most 200 connections to each service and 1000 requests waiting for one, shared out
        // among the event loops; beyond that the caller is answered 503 with Retry-After at once instead of
        // queueing without bound.
        int loops = Math.max(1, eventLoops(vertx));
        this.pool = new PoolOptions()
                .setHttp1MaxSize(Math.max(1, MAX_CONNECTIONS / loops))
                .setMaxWaitQueueSize(Math.max(1, MAX_WAITING / loops));
        this.responseTimeoutMillis = config.responseTimeout().toMillis();
        this.problems = problems;
        this.publicUrl = config.publicUrl();
    }

    @PreDestroy
    void close() {
        clients.values().forEach(HttpClient::close);
    }

    void forward(RoutingContext context, Upstream upstream) {
        // Paused until the upstream request exists, so no byte of the body is lost meanwhile.
        context.request().pause();
        HttpClient client = clients.computeIfAbsent(Thread.currentThread(), thread -> vertx.createHttpClient(options, pool));
        new ProxiedExchange(context, upstream, responseTimeoutMillis, problems, publicUrl,
                // Waiting for a free pooled connection counts against the response timeout, not the connect one.
                exchange -> client.request(upstream.target(context.request()).setConnectTimeout(responseTimeoutMillis))
                        .onSuccess(exchange::send)
                        .onFailure(exchange::fail))
                .open();
    }

    private static int eventLoops(Vertx vertx) {
        int loops = 0;
        for (var ignored : vertx.nettyEventLoopGroup()) {
            loops++;
        }
        return loops;
    }
}

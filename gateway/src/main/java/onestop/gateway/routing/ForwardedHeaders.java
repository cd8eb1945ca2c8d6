package onestop.gateway.routing;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/** Which headers cross the gateway, in either direction, and the ones it adds for the services. */
final class ForwardedHeaders {

    // RFC 9110 section 7.6.1: these describe one connection, never the message.
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-connection", "proxy-authenticate", "proxy-authorization");

    private ForwardedHeaders() {
    }

    /** Copies the caller's headers upstream, minus hop-by-hop ones, with X-Forwarded-* added. */
    static void toUpstream(HttpServerRequest request, MultiMap upstream) {
        copy(request.headers(), upstream);
        // Vert.x sets Host from the upstream address; 100-continue is answered by the gateway itself.
        upstream.remove("Host");
        upstream.remove("Expect");
        String client = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        String before = request.getHeader("X-Forwarded-For");
        if (client != null) {
            upstream.set("X-Forwarded-For", before == null || before.isBlank() ? client : before + ", " + client);
        }
        upstream.set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            upstream.set("X-Forwarded-Host", hostHeader(request));
        }
    }

    /** Copies a service's response headers back to the caller, minus hop-by-hop ones. */
    static void toCaller(MultiMap upstream, MultiMap caller) {
        copy(upstream, caller);
    }

    private static void copy(MultiMap from, MultiMap to) {
        Set<String> skip = new HashSet<>(HOP_BY_HOP);
        for (String listed : from.getAll("Connection")) {
            for (String token : listed.split(",")) {
                skip.add(token.trim().toLowerCase(Locale.ROOT));
            }
        }
        from.forEach(header -> {
            if (!skip.contains(header.getKey().toLowerCase(Locale.ROOT)) && !header.getKey().regionMatches(true, 0,
                    "Proxy-", 0, 6)) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static String hostHeader(HttpServerRequest request) {
        String host = request.getHeader("Host");
        return host != null ? host : request.authority().host();
    }
}

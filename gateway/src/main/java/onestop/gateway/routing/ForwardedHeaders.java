package onestop.gateway.routing;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;

/**
 * Which headers cross the gateway, in either direction, and the ones it adds for the services: cookies and the
 * caller's own forwarding headers stay behind, and the services' own addresses never come back out.
 */
final class ForwardedHeaders {

    // RFC 9110 section 7.6.1: these describe one connection, never the message.
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "transfer-encoding", "te",
            "trailer", "upgrade", "proxy-connection", "proxy-authenticate", "proxy-authorization");

    // What a caller claims about forwarding is replaced by what the gateway knows (the client address and scheme
    // after its own trusted-proxy rules).
    private static final Set<String> FORWARDING = Set.of("forwarded", "x-forwarded-for",
            "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port", "x-forwarded-prefix", "x-forwarded-server",
            "x-forwarded-ssl", "x-real-ip");
    // The browser's cookies are the portal's session; a service is called with tokens and never sees them.
    private static final Set<String> FORWARDING_AND_COOKIES = with(FORWARDING, "cookie");
    // Headers a service may fill with the address it was reached at.
    private static final List<String> ADDRESSES = List.of("Location", "Content-Location");

    private ForwardedHeaders() {
    }

    /**
     * Copies the caller's headers upstream, minus hop-by-hop ones (and cookies, unless {@code cookies}), with the
     * gateway's X-Forwarded-*.
     */
    static void toUpstream(HttpServerRequest request, MultiMap upstream, boolean cookies) {
        copy(request.headers(), upstream, cookies ? FORWARDING : FORWARDING_AND_COOKIES);
        // Vert.x sets Host from the upstream address; 100-continue is answered by the gateway itself.
        upstream.remove("Host");
        upstream.remove("Expect");
        if (request.remoteAddress() != null) {
            upstream.set("X-Forwarded-For", request.remoteAddress().hostAddress());
        }
        upstream.set("X-Forwarded-Proto", request.scheme());
        if (request.authority() != null) {
            upstream.set("X-Forwarded-Host", hostHeader(request));
        }
    }

    /**
     * Copies a service's response headers back to the caller, minus hop-by-hop ones; an address at the service's
     * own origin ({@code http://127.0.0.1:8081/...}) is rewritten to the same path at the gateway's public URL.
     */
    static void toCaller(MultiMap upstream, MultiMap caller, URI serviceBase, URI publicUrl) {
        copy(upstream, caller, Set.of());
        for (String name : ADDRESSES) {
            String address = caller.get(name);
            if (address != null) {
                caller.set(name, publicAddress(address, serviceBase, publicUrl));
            }
        }
    }

    static String publicAddress(String address, URI serviceBase, URI publicUrl) {
        String origin = serviceBase.getScheme() + "://" + serviceBase.getRawAuthority();
        if (!address.regionMatches(true, 0, origin, 0, origin.length())
                || address.length() > origin.length() && "/?#".indexOf(address.charAt(origin.length())) < 0) {
            return address;
        }
        String publicOrigin = publicUrl.toString().replaceAll("/+$", "");
        return publicOrigin + address.substring(origin.length());
    }

    private static Set<String> with(Set<String> names, String name) {
        Set<String> all = new HashSet<>(names);
        all.add(name);
        return Set.copyOf(all);
    }

    private static void copy(MultiMap from, MultiMap to, Set<String> alsoSkipped) {
        Set<String> skip = alsoSkipped;
        // the usual request names no header in Connection: then no set is built for it
        if (from.contains("Connection")) {
            skip = new HashSet<>(alsoSkipped);
            for (String listed : from.getAll("Connection")) {
                for (String token : listed.split(",")) {
                    skip.add(token.trim().toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> skipped = skip;
        from.forEach(header -> {
            String name = header.getKey().toLowerCase(Locale.ROOT);
            if (!HOP_BY_HOP.contains(name) && !skipped.contains(name) && !name.startsWith("proxy-")) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    private static String hostHeader(HttpServerRequest request) {
        String host = request.getHeader("Host");
        return host != null ? host : request.authority().host();
    }
}

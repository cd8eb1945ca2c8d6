package onestop.gateway.routing;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * An application behind the gateway: its name, where it listens, and whether the caller's cookies reach it
 * (only the portal's: the API is called with tokens, and a service never sees a browser's cookies). The gateway
 * strips nothing, so {@code /api/licensing/x?y} goes to {@code <base>/api/licensing/x?y}.
 */
record Upstream(String name, URI base, boolean passesCookies, String host, int port, boolean tls, String basePath) {

    static Upstream service(String name, URI base) {
        return new Upstream(name, base, false);
    }

    /** Host, port and path prefix are worked out here once, not on every request (the profile showed the regex). */
    Upstream(String name, URI base, boolean passesCookies) {
        this(name, base, passesCookies, base.getHost(), portOf(base), "https".equals(base.getScheme()),
                base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", ""));
    }

    Upstream {
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException(name + " URL must be http or https: " + base);
        }
    }

    /** Where the given request goes upstream: same method, path and query. */
    RequestOptions target(HttpServerRequest request) {
        return new RequestOptions()
                .setMethod(request.method())
                .setHost(host)
                .setPort(port)
                .setSsl(tls)
                .setURI(basePath.isEmpty() ? request.uri() : basePath + request.uri());
    }

    private static int portOf(URI base) {
        return base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
    }
}

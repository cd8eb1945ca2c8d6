package onestop.gateway.routing;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * An application behind the gateway: its name, where it listens, and whether the caller's cookies reach it
 * (only the portal's: the API is called with tokens, and a service never sees a browser's cookies). The gateway
 * strips nothing, so {@code /api/licensing/x?y} goes to {@code <base>/api/licensing/x?y}.
 */
record Upstream(String name, URI base, boolean passesCookies) {

    static Upstream service(String name, URI base) {
        return new Upstream(name, base, false);
    }

    Upstream {
        if (!"http".equals(base.getScheme()) && !"https".equals(base.getScheme())) {
            throw new IllegalArgumentException(name + " URL must be http or https: " + base);
        }
    }

    /** Where the given request goes upstream: same method, path and query. */
    RequestOptions target(HttpServerRequest request) {
        boolean tls = "https".equals(base.getScheme());
        int port = base.getPort() != -1 ? base.getPort() : tls ? 443 : 80;
        String basePath = base.getRawPath() == null ? "" : base.getRawPath().replaceAll("/+$", "");
        return new RequestOptions()
                .setMethod(request.method())
                .setHost(base.getHost())
                .setPort(port)
                .setSsl(tls)
                .setURI(basePath + request.uri());
    }
}

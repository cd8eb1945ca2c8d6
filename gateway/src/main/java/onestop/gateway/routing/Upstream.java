package onestop.gateway.routing;

import java.net.URI;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.RequestOptions;

/**
 * A service behind the gateway: the path prefix it owns and where it listens. The gateway strips
 * nothing, so {@code /api/licensing/x?y} goes to {@code <base>/api/licensing/x?y}.
 */
record Upstream(String name, String pathPrefix, URI base) {

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

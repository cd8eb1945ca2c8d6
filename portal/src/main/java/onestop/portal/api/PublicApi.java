package onestop.portal.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.ext.web.RoutingContext;
import onestop.platform.requestid.RequestIds;
import onestop.portal.PortalConfig;

/**
 * The public HTTP API, reached through the gateway as any client reaches it. Each call carries the page
 * request's id (one id from the browser to the service) and the browser's address, so that the gateway's
 * per-client limits count the person, not the portal.
 */
@ApplicationScoped
public class PublicApi {

    /** What the API answered. */
    public record Reply(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst();
        }
    }

    /** The API could not be reached or did not answer in time. */
    public static class Unreachable extends RuntimeException {
        public Unreachable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final PortalConfig config;
    private final CurrentVertxRequest currentRequest;
    private final HttpClient client;

    PublicApi(PortalConfig config, CurrentVertxRequest currentRequest) {
        this.config = config;
        this.currentRequest = currentRequest;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.apiTimeout()).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * Sends one request: {@code pathAndQuery} starts with {@code /api/}; {@code headers} are the call's own
     * (Authorization, Content-Type, If-Match); {@code body} is null for none.
     */
    public Reply send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        String path = pathAndQuery.split("\\?", 2)[0];
        // the gateway refuses any other spelling of a path (400 non-canonical-path): a bug here, said so here
        if (!path.startsWith("/api/") || path.endsWith("/") || path.contains("//") || path.contains("/./")
                || path.contains("/../")) {
            throw new IllegalArgumentException("not a canonical API path: " + pathAndQuery);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base() + pathAndQuery))
                .timeout(config.apiTimeout())
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        headers.forEach(request::header);
        String requestId = RequestIds.current();
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        clientAddress().ifPresent(address -> request.header("X-Forwarded-For", address));
        try {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Reply(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new Unreachable(method + " " + pathAndQuery + " unreachable: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unreachable(method + " " + pathAndQuery + " interrupted", e);
        }
    }

    private String base() {
        return config.apiUrl().toString().replaceAll("/+$", "");
    }

    // the browser's address as the gateway in front of us resolved it (quarkus.http.proxy.*)
    private Optional<String> clientAddress() {
        RoutingContext context = currentRequest.getCurrent();
        if (context == null || context.request().remoteAddress() == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(context.request().remoteAddress().hostAddress());
    }
}

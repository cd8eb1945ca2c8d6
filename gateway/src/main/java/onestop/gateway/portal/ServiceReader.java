package onestop.gateway.portal;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;

import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.gateway.GatewayConfig;
import onestop.platform.web.RequestIds;

/**
 * Reads the services' public API for the portal's pages, as any client would: the portal adds no
 * business rules of its own. A missing object becomes the portal's 404 page; a service that cannot be
 * reached, the portal's error page.
 */
@ApplicationScoped
public class ServiceReader {

    /** What the service answered: its status and its JSON body as maps and lists, for templates. */
    public record Answer(int status, Object json) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body when it is a JSON object. */
        @SuppressWarnings("unchecked")
        public Map<String, Object> body() {
            return json instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
        }

        /** The body when it is a JSON array. */
        public List<?> list() {
            return json instanceof List<?> list ? list : List.of();
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Inject
    GatewayConfig config;

    @Inject
    ObjectMapper json;

    public Answer licensing(String path, List<Map.Entry<String, String>> query) {
        return get(config.licensingUrl(), path, query);
    }

    public Answer opportunities(String path, List<Map.Entry<String, String>> query) {
        return get(config.opportunitiesUrl(), path, query);
    }

    private Answer get(URI base, String path, List<Map.Entry<String, String>> query) {
        String queryString = query.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + path + (queryString.isEmpty() ? "" : "?" + queryString));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json");
        String requestId = RequestIds.current();
        if (requestId != null) {
            request.header(RequestIds.HEADER, requestId);
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() == 404) {
                throw new NotFoundException();
            }
            if (response.statusCode() >= 500) {
                throw new ServiceUnavailable(uri.getHost() + ":" + uri.getPort() + " answered " + response.statusCode());
            }
            return new Answer(response.statusCode(), json.readValue(response.body(), Object.class));
        } catch (ConnectException | HttpTimeoutException e) {
            throw new ServiceUnavailable(uri.getHost() + ":" + uri.getPort() + " unreachable: " + e);
        } catch (IOException e) {
            throw new ServiceUnavailable("reading " + path + " failed: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceUnavailable("interrupted");
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A service behind the portal could not answer. */
    public static class ServiceUnavailable extends RuntimeException {
        public ServiceUnavailable(String message) {
            super(message);
        }
    }
}

package onestop.gateway.portal;

import java.net.URI;
import java.net.URLEncoder;
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
import onestop.gateway.routing.ServicePages;
import onestop.platform.web.RequestIds;

/**
 * Reads the services' public API for the portal's pages, as any client would: the portal adds no
 * business rules of its own. A missing object becomes the portal's 404 page; a service that cannot be
 * reached, the portal's error page.
 */
@ApplicationScoped
public class ServiceReader {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

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

    @Inject
    GatewayConfig config;

    @Inject
    ServicePages pages;

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
        String target = path + (queryString.isEmpty() ? "" : "?" + queryString);
        ServicePages.Answer answer;
        try {
            answer = pages.fetch(base, target, null, RequestIds.current(), TIMEOUT).await().atMost(TIMEOUT.plusSeconds(1));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable(base + path + " unreachable: " + e);
        }
        if (answer.status() == 404) {
            throw new NotFoundException();
        }
        if (answer.status() >= 500) {
            throw new ServiceUnavailable(base + path + " answered " + answer.status());
        }
        return new Answer(answer.status(), answer.body() == null ? null : json.convertValue(answer.body(), Object.class));
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

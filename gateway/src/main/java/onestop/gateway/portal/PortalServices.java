package onestop.gateway.portal;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import onestop.gateway.GatewayConfig;
import onestop.gateway.portal.session.PortalSessions;
import onestop.gateway.routing.ServicePages;
import onestop.gateway.token.AccessTokens;
import onestop.platform.requestid.RequestIds;

/**
 * Calls the services' public API for the portal's pages, as any client would: anonymously for public
 * pages, or on a signed-in user's behalf with an access token of their own. The portal adds no business
 * rules of its own. A missing object becomes the portal's 404 page; a service that cannot be reached or
 * fails, the portal's error page; any other refusal is returned, for the page to show the GOV.UK way.
 */
@ApplicationScoped
public class PortalServices {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** The service a call goes to. */
    public enum Service {
        LICENSING, OPPORTUNITIES
    }

    /** What the service answered: its status, its JSON body as maps and lists (for templates), its ETag. */
    public record Answer(int status, Object json, String etag) {

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

        /**
         * A refusal as form errors: each field error of the problem document, its field renamed to the
         * form's id by {@code fieldIds}; the problem's detail against {@code fallbackField} when it names none.
         */
        @SuppressWarnings("unchecked")
        public List<FormError> errors(String fallbackField, UnaryOperator<String> fieldIds) {
            List<FormError> errors = new ArrayList<>();
            if (body().get("errors") instanceof List<?> items) {
                for (Object item : items) {
                    Map<String, Object> error = (Map<String, Object>) item;
                    String message = String.valueOf(error.get("message"));
                    errors.add(new FormError(fieldIds.apply(String.valueOf(error.get("field"))), sentence(message)));
                }
            }
            if (errors.isEmpty()) {
                Object detail = body().getOrDefault("detail", body().getOrDefault("title", "That could not be done"));
                errors.add(new FormError(fallbackField, sentence(String.valueOf(detail))));
            }
            return errors;
        }

        private static String sentence(String message) {
            return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
        }
    }

    @Inject
    GatewayConfig config;

    @Inject
    ServicePages pages;

    @Inject
    AccessTokens tokens;

    @Inject
    ObjectMapper json;

    public Answer licensing(String path, List<Map.Entry<String, String>> query) {
        return get(Service.LICENSING, path, query);
    }

    public Answer opportunities(String path, List<Map.Entry<String, String>> query) {
        return get(Service.OPPORTUNITIES, path, query);
    }

    /** Reads a public page of a service, anonymously. */
    public Answer get(Service service, String path, List<Map.Entry<String, String>> query) {
        return call(ServicePages.Call.get(base(service), path + queryString(query), headers(null, null)));
    }

    /** The calls a signed-in user makes, each with an access token of their own (15 minutes at most). */
    public OnBehalf as(PortalSessions.SignedIn user) {
        return new OnBehalf("Bearer " + tokens.accessTokenFor(user.account()));
    }

    /** Calls on one user's behalf. */
    public final class OnBehalf {

        private final String authorization;

        private OnBehalf(String authorization) {
            this.authorization = authorization;
        }

        public Answer get(Service service, String path, List<Map.Entry<String, String>> query) {
            return call(ServicePages.Call.get(base(service), path + queryString(query), headers(authorization, null)));
        }

        /** Sends a JSON body (none when {@code body} is null) with POST, PUT, PATCH or DELETE. */
        public Answer send(Service service, String method, String path, Object body) {
            return send(service, method, path, body, null);
        }

        /** Sends a JSON body with an {@code If-Match} precondition, for the routes that want the ETag read. */
        public Answer send(Service service, String method, String path, Object body, String ifMatch) {
            Map<String, String> headers = headers(authorization, ifMatch);
            Buffer content = null;
            if (body != null) {
                headers.put("Content-Type", "application/json");
                try {
                    content = Buffer.buffer(json.writeValueAsBytes(body));
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("not JSON: " + body, e);
                }
            }
            return call(new ServicePages.Call(HttpMethod.valueOf(method), base(service), path, headers, content));
        }

        /** Uploads one file as {@code multipart/form-data} in the part named {@code file}. */
        public Answer upload(Service service, String path, ChosenFile file) {
            String boundary = "onestop-" + PortalSessions.randomToken();
            String safeName = file.name().replaceAll("[\"\\\\\r\n]", "_");
            Buffer content = Buffer.buffer()
                    .appendString("--" + boundary + "\r\n")
                    .appendString("Content-Disposition: form-data; name=\"file\"; filename=\"" + safeName + "\"\r\n")
                    .appendString("Content-Type: " + file.mediaType() + "\r\n\r\n")
                    .appendBytes(file.content())
                    .appendString("\r\n--" + boundary + "--\r\n");
            Map<String, String> headers = headers(authorization, null);
            headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            return call(new ServicePages.Call(HttpMethod.POST, base(service), path, headers, content));
        }

        /** Fetches a file the user may read (an uploaded document), to hand on to their browser as it is. */
        public Download download(Service service, String path) {
            ServicePages.Call call = ServicePages.Call.get(base(service), path, headers(authorization, null));
            ServicePages.File file;
            try {
                file = pages.download(call, TIMEOUT).await().atMost(TIMEOUT.plusSeconds(1));
            } catch (RuntimeException e) {
                throw new ServiceUnavailable(call.base() + call.pathAndQuery() + " unreachable: " + e);
            }
            refuseFailures(call, file.status());
            if (file.status() != 200) {
                throw new NotFoundException();
            }
            return new Download(file.contentType(), file.disposition(), file.content().getBytes());
        }
    }

    /** A file as the service sent it. */
    public record Download(String contentType, String disposition, byte[] content) {

        /** The file for the browser, as the service named it, kept out of shared caches. */
        public Response toBrowser() {
            return Response.ok(content, contentType).header("Content-Disposition", disposition)
                    .header("Cache-Control", "private, no-store").build();
        }
    }

    private Answer call(ServicePages.Call call) {
        ServicePages.Answer answer;
        try {
            answer = pages.send(call, TIMEOUT).await().atMost(TIMEOUT.plusSeconds(1));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable(call.base() + call.pathAndQuery() + " unreachable: " + e);
        }
        refuseFailures(call, answer.status());
        return new Answer(answer.status(), answer.body() == null ? null : json.convertValue(answer.body(), Object.class),
                answer.etag());
    }

    private static void refuseFailures(ServicePages.Call call, int status) {
        if (status == 404) {
            throw new NotFoundException();
        }
        if (status >= 500 || status == 401) {
            // a 401 means our own token was refused: a fault of the portal, not of what the user typed
            throw new ServiceUnavailable(call.base() + call.pathAndQuery() + " answered " + status);
        }
    }

    private URI base(Service service) {
        return service == Service.LICENSING ? config.licensingUrl() : config.opportunitiesUrl();
    }

    private static Map<String, String> headers(String authorization, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
        }
        String requestId = RequestIds.current();
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        return headers;
    }

    private static String queryString(List<Map.Entry<String, String>> query) {
        String joined = query.stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return joined.isEmpty() ? "" : "?" + joined;
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

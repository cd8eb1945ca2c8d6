package onestop.portal;

import java.io.ByteArrayOutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

import onestop.portal.api.PublicApi;
import onestop.portal.session.PortalSessions;

/**
 * Calls the public API (through the gateway) for the portal's pages, as any client would: anonymously for public
 * pages, or on a signed-in user's behalf with their own access token. The portal adds no business
 * rules of its own. A missing object becomes the portal's 404 page; a service that cannot be reached or
 * fails, the portal's error page; any other refusal is returned, for the page to show the GOV.UK way.
 */
@ApplicationScoped
public class PortalServices {

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
                    errors.add(new FormError(fieldIds.apply(String.valueOf(error.get("field"))), sentence(message),
                            (String) error.get("code")));
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
    PublicApi api;

    @Inject
    PortalSessions sessions;

    @Inject
    ObjectMapper json;

    /** Reads a public route of the API, anonymously. */
    public Answer get(String path, List<Map.Entry<String, String>> query) {
        return call("GET", path + queryString(query), headers(null, null), null);
    }

    /** The calls a signed-in user makes, each with the user's own access token. */
    public OnBehalf as(PortalSessions.SignedIn user) {
        return new OnBehalf(user);
    }

    /** Calls on one user's behalf. */
    public final class OnBehalf {

        private final PortalSessions.SignedIn user;
        private String authorization;

        private OnBehalf(PortalSessions.SignedIn user) {
            this.user = user;
        }

        // read (and refreshed if due) once for the calls of one page
        private String authorization() {
            if (authorization == null) {
                authorization = "Bearer " + sessions.accessToken(user);
            }
            return authorization;
        }

        public Answer get(String path, List<Map.Entry<String, String>> query) {
            return call("GET", path + queryString(query), headers(authorization(), null), null);
        }

        /** Sends a JSON body (none when {@code body} is null) with POST, PUT, PATCH or DELETE. */
        public Answer send(String method, String path, Object body) {
            return send(method, path, body, null);
        }

        /** Sends a JSON body with an {@code If-Match} precondition, for the routes that want the ETag read. */
        public Answer send(String method, String path, Object body, String ifMatch) {
            Map<String, String> headers = headers(authorization(), ifMatch);
            byte[] content = null;
            if (body != null) {
                headers.put("Content-Type", "application/json");
                try {
                    content = json.writeValueAsBytes(body);
                } catch (JsonProcessingException e) {
                    throw new IllegalArgumentException("not JSON: " + body, e);
                }
            }
            return call(method, path, headers, content);
        }

        /** Uploads one file as {@code multipart/form-data} in the part named {@code file}. */
        public Answer upload(String path, ChosenFile file) {
            String boundary = "onestop-" + PortalSessions.randomToken();
            String safeName = file.name().replaceAll("[\"\\\\\r\n]", "_");
            ByteArrayOutputStream content = new ByteArrayOutputStream();
            content.writeBytes(("--" + boundary + "\r\n"
                    + "Content-Disposition: form-data; name=\"file\"; filename=\"" + safeName + "\"\r\n"
                    + "Content-Type: " + file.mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            content.writeBytes(file.content());
            content.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            Map<String, String> headers = headers(authorization(), null);
            headers.put("Content-Type", "multipart/form-data; boundary=" + boundary);
            return call("POST", path, headers, content.toByteArray());
        }

        /** Fetches a file the user may read (an uploaded document), to hand on to their browser as it is. */
        public Download download(String path) {
            PublicApi.Reply reply = PortalServices.this.send("GET", path, headers(authorization(), null), null);
            if (reply.status() != 200) {
                throw new NotFoundException();
            }
            return new Download(reply.header("Content-Type").orElse("application/octet-stream"),
                    reply.header("Content-Disposition").orElse("attachment"), reply.body());
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

    private Answer call(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        PublicApi.Reply reply = send(method, pathAndQuery, headers, body);
        Object content = null;
        if (reply.body().length > 0 && reply.header("Content-Type").orElse("").contains("json")) {
            try {
                content = json.readValue(reply.body(), Object.class);
            } catch (java.io.IOException e) {
                throw new ServiceUnavailable(method + " " + pathAndQuery + " answered what is not JSON");
            }
        }
        return new Answer(reply.status(), content, reply.header("ETag").orElse(null));
    }

    private PublicApi.Reply send(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
        PublicApi.Reply reply;
        try {
            reply = api.send(method, pathAndQuery, headers, body);
        } catch (PublicApi.Unreachable e) {
            throw new ServiceUnavailable(e.getMessage());
        }
        if (reply.status() == 404) {
            throw new NotFoundException();
        }
        if (reply.status() >= 500 || reply.status() == 401) {
            // a 401 means the person's token was refused: a fault of the portal, not of what the user typed
            throw new ServiceUnavailable(method + " " + pathAndQuery + " answered " + reply.status());
        }
        return reply;
    }

    private static Map<String, String> headers(String authorization, String ifMatch) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (ifMatch != null) {
            headers.put("If-Match", ifMatch);
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

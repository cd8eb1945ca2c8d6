package onestop.platform.idempotency;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.identity.SecurityIdentity;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

/**
 * {@code Idempotency-Key} on every POST (draft-ietf-httpapi-idempotency-key-header), for every route, also those
 * added later: the first request with a key acts and its answer (2xx or 4xx, with its Location and ETag) is kept
 * in the service's own database; a retry by the same caller with the same key and the same request within 24
 * hours gets that answer again ({@code Idempotent-Replayed: true}) and acts no more; the same key with another
 * body or route is 422; while the first is still being answered, 409. A 5xx answer is not kept, so a retry acts
 * (unless the first committed its work before failing); nor is one marked {@code Cache-Control: no-store} (a token
 * pair), which must not sit in a table. The key is marked acted inside the request's own transaction
 * ({@link ActedMark}), so a first request that died after committing but before its answer was kept is never
 * repeated: a retry is 409 {@code idempotency-key-outcome-unknown}.
 */
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyKeys.class.getName() + ".claim";
    private static final List<String> KEPT_HEADERS = List.of("Location", "ETag", "Content-Location", "Deprecation", "Sunset");
    private static final Logger LOG = Logger.getLogger(IdempotencyKeys.class);

    private record Claimed(String scope, String key) {
    }

    @Inject
    IdempotencyStore store;

    @Inject
    SecurityIdentity identity;

    @Inject
    ObjectMapper json;

    @Inject
    CurrentClaim current;

    @ServerRequestFilter
    public Response claim(ContainerRequestContext request) throws IOException, SQLException {
        String key = request.getHeaderString(HEADER);
        if (key == null || !"POST".equals(request.getMethod()) || io.vertx.core.Context.isOnEventLoopThread()) {
            return null;
        }
        if (key.isBlank() || key.length() > 255) {
            return problem(Problem.of("invalid-idempotency-key", "Invalid Idempotency-Key", 400,
                    "An Idempotency-Key is 1 to 255 characters, such as a UUID.").withErrors(List.of(
                            new Problem.FieldError(HEADER, FieldCodes.OUT_OF_RANGE, "must be 1 to 255 characters"))));
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = identity.isAnonymous() ? "anonymous" : "subject:" + identity.getPrincipal().getName();
        String hash = hash(request, body);
        IdempotencyStore.Claim claim = store.claim(scope, key, hash);
        if (claim instanceof IdempotencyStore.Claim.Answered answered) {
            return replay(answered.answer());
        }
        if (claim instanceof IdempotencyStore.Claim.OtherRequest) {
            return problem(Problem.of("idempotency-key-reused", "Idempotency-Key already used", 422,
                    "This Idempotency-Key was used with another request. Use a new key for a new request.")
                    .withErrors(List.of(new Problem.FieldError(HEADER, "reused",
                            "was used with another request body or address"))));
        }
        if (claim instanceof IdempotencyStore.Claim.InProgress) {
            return problem(Problem.of("idempotency-key-in-progress", "Request in progress", 409,
                    "A request with this Idempotency-Key is still being answered. Try again in a moment."));
        }
        if (claim instanceof IdempotencyStore.Claim.OutcomeUnknown) {
            return problem(Problem.of("idempotency-key-outcome-unknown", "Outcome unknown", 409,
                    "The first request with this Idempotency-Key was carried out, but its answer was lost; read the "
                            + "resource to see the result instead of retrying.")
                    .withErrors(List.of(new Problem.FieldError(HEADER, "outcome-unknown",
                            "was carried out once already; its answer was lost"))));
        }
        request.setProperty(CLAIM, new Claimed(scope, key));
        current.set(scope, key);
        return null;
    }

    @ServerResponseFilter
    public void keep(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(CLAIM) instanceof Claimed claimed)) {
            return;
        }
        request.removeProperty(CLAIM);
        current.clear();
        try {
            byte[] body = bodyOf(response.getEntity());
            // a secret (a token pair) is marked no-store: never kept, so a retry signs in again
            String cacheControl = response.getHeaderString("Cache-Control");
            boolean noStore = cacheControl != null && cacheControl.toLowerCase(java.util.Locale.ROOT).contains("no-store");
            if (response.getStatus() >= 500) {
                store.releaseUnlessActed(claimed.scope(), claimed.key());
                return;
            }
            if (body == null || noStore) {
                store.release(claimed.scope(), claimed.key());
                return;
            }
            Map<String, String> headers = new LinkedHashMap<>();
            KEPT_HEADERS.forEach(name -> {
                String value = response.getHeaderString(name);
                if (value != null) {
                    headers.put(name, value);
                }
            });
            MediaType type = response.getMediaType();
            store.keep(claimed.scope(), claimed.key(), new StoredAnswer(response.getStatus(),
                    type == null ? null : type.toString(), headers, body));
        } catch (SQLException | JsonProcessingException e) {
            // the answer still goes out; a retry within the minute is 409, later it acts again
            LOG.warnf("Could not keep the answer for an Idempotency-Key: %s", e.toString());
        }
    }

    private byte[] bodyOf(Object entity) throws JsonProcessingException {
        if (entity == null) {
            return new byte[0];
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (entity instanceof java.io.InputStream || entity instanceof java.io.File || entity instanceof java.nio.file.Path
                || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return null; // a file or stream cannot be kept; the key is released
        }
        return json.writeValueAsBytes(entity);
    }

    private static Response replay(StoredAnswer answer) {
        Response.ResponseBuilder builder = Response.status(answer.status()).header(REPLAYED, "true");
        if (answer.body().length > 0) {
            builder.entity(answer.body());
        }
        if (answer.contentType() != null) {
            builder.type(answer.contentType());
        }
        answer.headers().forEach(builder::header);
        return builder.build();
    }

    private static Response problem(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    // the route and the body: the same key on another route, or with another body, is another request
    private static String hash(ContainerRequestContext request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getUriInfo().getRequestUri().getRawPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '?');
            String query = request.getUriInfo().getRequestUri().getRawQuery();
            digest.update((query == null ? "" : query).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            // a multipart form may be parsed before filters run, its body then unreadable here: its length stands in
            String length = request.getHeaderString("Content-Length");
            digest.update((length == null ? "" : length).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

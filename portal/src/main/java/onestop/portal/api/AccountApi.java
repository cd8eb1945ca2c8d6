package onestop.portal.api;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The gateway's account routes ({@code /api/auth/...}, {@code /api/me}), as the portal's pages use them: signing
 * in and out, creating an account, confirming it, resetting and changing a password.
 */
@ApplicationScoped
public class AccountApi {

    /** How a sign-in went. */
    public sealed interface SignIn permits SignedIn, Locked, Unconfirmed, Refused {
    }

    /** The right email and password: the person's tokens and who they are. */
    public record SignedIn(Tokens tokens, Account account) implements SignIn {
    }

    /** Too many attempts, for this address or from this browser: try again after {@code retryAfter}. */
    public record Locked(Duration retryAfter) implements SignIn {
    }

    /** The right password for an address not yet confirmed: a new link has been sent. */
    public record Unconfirmed() implements SignIn {
    }

    /** An unknown address or a wrong password: the API does not say which. */
    public record Refused() implements SignIn {
    }

    /** A field the API refused, and why (its problem document's {@code errors}). */
    public record FieldError(String field, String message) {
    }

    /** What a form's submission came to: done, a link that is no longer valid, or refused fields. */
    public record Outcome(boolean done, boolean invalidLink, List<FieldError> errors) {
    }

    private final PublicApi api;
    private final ObjectMapper json;

    AccountApi(PublicApi api, ObjectMapper json) {
        this.api = api;
        this.json = json;
    }

    public SignIn signIn(String email, String password) {
        PublicApi.Reply reply = post("/api/auth/token", null, Map.of("email", email, "password", password));
        if (reply.status() == 200) {
            Tokens tokens = read(reply, Tokens.class);
            return new SignedIn(tokens, me(tokens.accessToken()));
        }
        String type = problemType(reply);
        // locked for this address, or too many attempts from this browser: either way, wait and try again
        if (reply.status() == 429) {
            return new Locked(Duration.ofSeconds(reply.header("Retry-After").map(Long::parseLong).orElse(60L)));
        }
        if (reply.status() == 403 && type.endsWith("/email-not-confirmed")) {
            return new Unconfirmed();
        }
        if (reply.status() == 401 || reply.status() == 400) {
            return new Refused();
        }
        throw unexpected("POST /api/auth/token", reply);
    }

    /** New tokens for a refresh token, which is spent; empty when the sign-in has ended. */
    public Optional<Tokens> refresh(String refreshToken) {
        PublicApi.Reply reply = post("/api/auth/refresh", null, Map.of("refreshToken", refreshToken));
        if (reply.status() == 200) {
            return Optional.of(read(reply, Tokens.class));
        }
        if (reply.status() == 401 || reply.status() == 400) {
            return Optional.empty();
        }
        throw unexpected("POST /api/auth/refresh", reply);
    }

    /** Ends this sign-in at the gateway: its refresh token no longer works. */
    public void signOut(String refreshToken) {
        post("/api/auth/sign-out", null, Map.of("refreshToken", refreshToken));
    }

    /** Ends every sign-in of the person, on every device. */
    public void signOutEverywhere(String accessToken) {
        expect(post("/api/auth/sign-out-everywhere", accessToken, null), 204, "sign-out-everywhere");
    }

    /** Who holds this access token. */
    public Account me(String accessToken) {
        PublicApi.Reply reply = api.send("GET", "/api/me", Map.of("Authorization", "Bearer " + accessToken), null);
        expect(reply, 200, "GET /api/me");
        JsonNode me = tree(reply);
        Set<String> roles = new java.util.HashSet<>();
        me.path("roles").forEach(role -> roles.add(role.asText()));
        JsonNode business = me.path("business");
        UUID businessId = business.hasNonNull("id") ? UUID.fromString(business.get("id").asText()) : null;
        return new Account(UUID.fromString(me.path("userId").asText()), me.path("email").asText(), Set.copyOf(roles),
                businessId);
    }

    /** The name of the signed-in person's business, if they have one. */
    public Optional<String> businessName(String accessToken) {
        PublicApi.Reply reply = api.send("GET", "/api/me", Map.of("Authorization", "Bearer " + accessToken), null);
        expect(reply, 200, "GET /api/me");
        JsonNode name = tree(reply).path("business").path("name");
        return name.isTextual() ? Optional.of(name.asText()) : Optional.empty();
    }

    public Outcome register(String email, String password, String businessName, String companyNumber,
            String postcode) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("email", email);
        body.put("password", password);
        body.put("businessName", businessName);
        body.put("companyNumber", companyNumber);
        body.put("postcode", postcode);
        return outcome(post("/api/auth/register", null, body), 202, "register");
    }

    public Outcome confirmEmail(String token) {
        return outcome(post("/api/auth/verify-email", null, Map.of("token", token == null ? "" : token)), 204,
                "verify-email");
    }

    public void requestPasswordReset(String email) {
        expect(post("/api/auth/password-reset", null, Map.of("email", email)), 202, "password-reset");
    }

    public Outcome resetPassword(String token, String password) {
        return outcome(post("/api/auth/password-reset/confirm", null,
                Map.of("token", token == null ? "" : token, "password", password)), 204, "password-reset/confirm");
    }

    /** Changes the password; on success, the fresh sign-in the API answers with (every other one has ended). */
    public Optional<Tokens> changePassword(String accessToken, String current, String newPassword,
            List<FieldError> errors) {
        PublicApi.Reply reply = post("/api/auth/password", accessToken,
                Map.of("currentPassword", current, "newPassword", newPassword));
        if (reply.status() == 200) {
            return Optional.of(read(reply, Tokens.class));
        }
        Outcome outcome = outcome(reply, 200, "password");
        errors.addAll(outcome.errors());
        return Optional.empty();
    }

    private Outcome outcome(PublicApi.Reply reply, int success, String what) {
        if (reply.status() == success) {
            return new Outcome(true, false, List.of());
        }
        if (reply.status() == 400 || reply.status() == 409 || reply.status() == 422) {
            JsonNode problem = tree(reply);
            if (problem.path("type").asText().endsWith("/invalid-link")) {
                return new Outcome(false, true, List.of());
            }
            List<FieldError> errors = new java.util.ArrayList<>();
            problem.path("errors").forEach(error -> errors.add(
                    new FieldError(error.path("field").asText(), error.path("message").asText())));
            if (errors.isEmpty()) {
                errors.add(new FieldError("", problem.path("detail").asText("That could not be done")));
            }
            return new Outcome(false, false, List.copyOf(errors));
        }
        throw unexpected(what, reply);
    }

    private PublicApi.Reply post(String path, String accessToken, Object body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        if (accessToken != null) {
            headers.put("Authorization", "Bearer " + accessToken);
        }
        try {
            return api.send("POST", path, headers, body == null ? null : json.writeValueAsBytes(body));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("not JSON: " + body, e);
        }
    }

    private void expect(PublicApi.Reply reply, int status, String what) {
        if (reply.status() != status) {
            throw unexpected(what, reply);
        }
    }

    private static PublicApi.Unreachable unexpected(String what, PublicApi.Reply reply) {
        return new PublicApi.Unreachable(what + " answered " + reply.status(), null);
    }

    private String problemType(PublicApi.Reply reply) {
        return reply.body().length == 0 ? "" : tree(reply).path("type").asText();
    }

    private JsonNode tree(PublicApi.Reply reply) {
        try {
            return json.readTree(reply.body());
        } catch (IOException e) {
            throw new PublicApi.Unreachable("not JSON from the API (" + reply.status() + ")", e);
        }
    }

    private <T> T read(PublicApi.Reply reply, Class<T> type) {
        try {
            return json.readValue(reply.body(), type);
        } catch (IOException e) {
            throw new PublicApi.Unreachable("not a " + type.getSimpleName() + " from the API", e);
        }
    }
}

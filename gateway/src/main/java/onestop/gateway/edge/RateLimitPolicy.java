package onestop.gateway.edge;

import java.util.Optional;
import java.util.Set;

/**
 * Which bucket a request draws from: sign-in and registration (API and portal forms) per client address
 * (password guessing),
 * the API per signed-in user, or per address without a valid token. Health, metrics and keys are not limited.
 */
public record RateLimitPolicy(int authPerMinute, int userPerMinute, int anonymousPerMinute) {

    /** The portal's own sign-in and account forms: guessed at like the API's. */
    private static final Set<String> PORTAL_SIGN_IN = Set.of("/sign-in", "/create-account", "/forgot-password", "/reset-password", "/verify-email");

    /** A bucket: its key and how many requests a minute it allows. */
    public record Limit(String key, int perMinute) {

        /**
         * Sign-in and the other account forms are counted in the database, by every replica together; the
         * API's buckets are each replica's own (a replica's share of the traffic, fast, and a miss costs little).
         */
        public boolean shared() {
            return key.startsWith(AUTH);
        }

        /** The policy's name in the RateLimit headers: sign-in, user or anonymous. */
        public String policy() {
            return key.startsWith(AUTH) ? "sign-in" : key.startsWith("user:") ? "user" : "anonymous";
        }
    }

    private static final String AUTH = "auth:";

    public Optional<Limit> limitFor(String path, String clientAddress, Optional<String> verifiedUser) {
        if (path.equals("/api/auth") || path.startsWith("/api/auth/") || PORTAL_SIGN_IN.contains(path)) {
            return Optional.of(new Limit(AUTH + clientAddress, authPerMinute));
        }
        if (path.startsWith("/api/")) {
            return Optional.of(verifiedUser.map(user -> new Limit("user:" + user, userPerMinute))
                    .orElseGet(() -> new Limit("address:" + clientAddress, anonymousPerMinute)));
        }
        return Optional.empty();
    }
}

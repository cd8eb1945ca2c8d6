package onestop.gateway.api;

/** The body of {@code POST /api/auth/password-reset}. */
public record ResetRequest(String email) {
}

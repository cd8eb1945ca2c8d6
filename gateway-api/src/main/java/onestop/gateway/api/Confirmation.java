package onestop.gateway.api;

/** The body of {@code POST /api/auth/verify-email}: the token of the emailed link. */
public record Confirmation(String token) {
}

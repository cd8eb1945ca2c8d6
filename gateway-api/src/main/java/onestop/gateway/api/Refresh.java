package onestop.gateway.api;

/** The body of {@code POST /api/auth/refresh} and {@code POST /api/auth/sign-out}. */
public record Refresh(String refreshToken) {
}

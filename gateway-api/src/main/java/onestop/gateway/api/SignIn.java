package onestop.gateway.api;

/** The body of {@code POST /api/auth/token}. */
public record SignIn(String email, String password) {
}

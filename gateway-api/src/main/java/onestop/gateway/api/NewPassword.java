package onestop.gateway.api;

/** The body of {@code POST /api/auth/password-reset/confirm}: the token of the emailed link and the new password. */
public record NewPassword(String token, String password) {
}

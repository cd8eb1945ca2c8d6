package onestop.gateway.api;

/** The body of {@code POST /api/auth/password}. */
public record PasswordChange(String currentPassword, String newPassword) {
}

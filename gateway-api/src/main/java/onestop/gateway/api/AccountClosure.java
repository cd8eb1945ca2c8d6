package onestop.gateway.api;

/** The body of {@code DELETE /api/me}: the account's password, so that a borrowed session cannot close it. */
public record AccountClosure(String password) {
}

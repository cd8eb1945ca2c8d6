package onestop.gateway.token;

/** The answer to a sign-in (RFC 6749 section 5.1 names, camelCased like the rest of the API). */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {
}

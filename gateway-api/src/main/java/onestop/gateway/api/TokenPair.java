package onestop.gateway.api;

/**
 * The answer to a sign-in, a refresh or a password change (RFC 6749 section 5.1 names, camelCased like the rest
 * of the API): a short-lived access token and the single-use refresh token that gets the next pair.
 */
public record TokenPair(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn) {
}

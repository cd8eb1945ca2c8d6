package onestop.gateway.token;

/**
 * The answer to a sign-in or a refresh (RFC 6749 section 5.1 names, camelCased like the rest of the API): a
 * short-lived access token and the single-use refresh token that gets the next pair.
 */
public record AccessToken(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn) {
}

package onestop.portal.api;

/** What the gateway's token endpoints answer: a short-lived access token and a single-use refresh token. */
public record Tokens(String accessToken, String tokenType, long expiresIn, String refreshToken,
        long refreshExpiresIn) {
}

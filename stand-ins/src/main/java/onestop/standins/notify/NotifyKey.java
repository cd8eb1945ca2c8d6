package onestop.standins.notify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Notify API key ({@code name-<service id>-<secret>}) and the check Notify makes of each request: a JWT
 * (HS256, signed with the secret) whose {@code iss} is the service id and whose {@code iat} is within 30 seconds.
 */
record NotifyKey(String serviceId, String secret) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static NotifyKey parse(String apiKey) {
        if (apiKey.length() < 74) {
            throw new IllegalArgumentException("A Notify API key ends with two UUIDs: service id and secret");
        }
        return new NotifyKey(apiKey.substring(apiKey.length() - 73, apiKey.length() - 37),
                apiKey.substring(apiKey.length() - 36));
    }

    /** Why the {@code Authorization} header is refused, or null when it is good. */
    String refusal(String authorization, Instant now) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return "Unauthorized: authentication token must be provided";
        }
        String[] parts = authorization.substring(7).trim().split("\\.");
        if (parts.length != 3) {
            return "Invalid token: not a JWT";
        }
        if (!MessageDigest.isEqual(sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII),
                parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return "Invalid token: API key not found";
        }
        try {
            Map<?, ?> claims = JSON.readValue(Base64.getUrlDecoder().decode(parts[1]), Map.class);
            if (!serviceId.equals(claims.get("iss"))) {
                return "Invalid token: service id does not match";
            }
            Object iat = claims.get("iat");
            if (!(iat instanceof Number issued) || Math.abs(now.getEpochSecond() - issued.longValue()) > 30) {
                return "Error: Your system clock must be accurate to within 30 seconds";
            }
            return null;
        } catch (java.io.IOException | IllegalArgumentException e) {
            return "Invalid token: unreadable claims";
        }
    }

    private String sign(String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}

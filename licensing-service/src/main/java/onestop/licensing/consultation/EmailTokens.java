package onestop.licensing.consultation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The tokens of links sent by email (confirm a representation or an alert, unsubscribe): 256 random bits, of
 * which only the SHA-256 is stored, so that a copy of the database cannot confirm or unsubscribe anything.
 */
public final class EmailTokens {

    /** How long a confirmation link works. */
    public static final Duration CONFIRM_WITHIN = Duration.ofDays(7);

    private static final SecureRandom RANDOM = new SecureRandom();

    private EmailTokens() {
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

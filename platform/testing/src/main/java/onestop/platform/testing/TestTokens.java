package onestop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Mints access tokens for tests, signed with an RSA key made for this JVM, carrying the same
 * claims as the gateway's tokens: issuer, audience, {@code groups}, {@code business_id} or
 * {@code organisation}.
 */
public final class TestTokens {

    public static final String ISSUER = "https://onestop.test/gateway";
    public static final String AUDIENCE = "onestop";

    private static final KeyPair KEYS = newKeyPair();
    private static Path publicKeyFile;

    private TestTokens() {
    }

    /** A business user's token; the business id is what ownership checks compare against. */
    public static String business(UUID businessId) {
        return claims("business-user-" + businessId, Set.of("business"))
                .claim("business_id", businessId.toString())
                .sign(KEYS.getPrivate());
    }

    public static String officer() {
        return claims("officer-" + UUID.randomUUID(), Set.of("licensing-officer")).sign(KEYS.getPrivate());
    }

    public static String officer(String subject) {
        return claims(subject, Set.of("licensing-officer")).sign(KEYS.getPrivate());
    }

    public static String buyer(String organisation) {
        return claims("buyer-" + UUID.randomUUID(), Set.of("buyer"))
                .claim("organisation", organisation)
                .sign(KEYS.getPrivate());
    }

    public static String admin() {
        return claims("admin-" + UUID.randomUUID(), Set.of("admin")).sign(KEYS.getPrivate());
    }

    /** A token that expired a minute ago, otherwise valid. */
    public static String expired(UUID businessId) {
        long now = System.currentTimeMillis() / 1000;
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject("expired")
                .groups(Set.of("business")).claim("business_id", businessId.toString())
                .issuedAt(now - 900).expiresAt(now - 60)
                .sign(KEYS.getPrivate());
    }

    /** Starts a token with the standard claims; callers add their own and sign with {@link #sign}. */
    public static JwtClaimsBuilder claims(String subject, Set<String> groups) {
        return Jwt.issuer(ISSUER).audience(AUDIENCE).subject(subject).upn(subject)
                .groups(groups).expiresIn(Duration.ofMinutes(15));
    }

    public static String sign(JwtClaimsBuilder builder) {
        return builder.sign(KEYS.getPrivate());
    }

    /** The public key the services are told to trust. */
    public static PublicKey publicKey() {
        return KEYS.getPublic();
    }

    /** The PEM file of the public key, written once, for {@code mp.jwt.verify.publickey.location}. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            String pem = "-----BEGIN PUBLIC KEY-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                            .encodeToString(KEYS.getPublic().getEncoded())
                    + "\n-----END PUBLIC KEY-----\n";
            try {
                publicKeyFile = Files.createTempFile("onestop-test-jwt-", ".pem");
                Files.writeString(publicKeyFile, pem);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    /** A fresh RSA-2048 key pair. */
    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

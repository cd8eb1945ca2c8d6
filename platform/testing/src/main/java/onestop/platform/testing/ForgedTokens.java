package onestop.platform.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.crypto.spec.SecretKeySpec;

import io.smallrye.jwt.algorithm.SignatureAlgorithm;

/**
 * The tokens an attacker would try against a service that trusts {@link TestTokens}: each claims to be an
 * administrator acting for a business, and each must be refused with 401. The names say what is wrong.
 */
public final class ForgedTokens {

    private static final KeyPair STRANGER = TestTokens.newKeyPair();

    private ForgedTokens() {
    }

    /** Every forgery, by what is wrong with it, in a stable order. */
    public static Map<String, String> all(UUID businessId) {
        Map<String, String> forged = new LinkedHashMap<>();
        forged.put("alg none, no signature", unsigned(businessId));
        forged.put("HS256 signed with the service's public key as the secret",
                TestTokens.claims("forger", powerful()).claim("business_id", businessId.toString()).jws()
                        .algorithm(SignatureAlgorithm.HS256)
                        .sign(new SecretKeySpec(TestTokens.publicKey().getEncoded(), "HmacSHA256")));
        forged.put("wrong issuer", TestTokens.sign(TestTokens.claims("forger", powerful())
                .issuer("https://evil.example/gateway").claim("business_id", businessId.toString())));
        forged.put("wrong audience", TestTokens.sign(TestTokens.claims("forger", powerful())
                .audience("someone-else").claim("business_id", businessId.toString())));
        forged.put("expired", TestTokens.expired(businessId));
        forged.put("signed by a key nobody published", TestTokens.claims("forger", powerful())
                .claim("business_id", businessId.toString()).sign(STRANGER.getPrivate()));
        forged.put("claims changed after signing", tampered(TestTokens.business(businessId)));
        forged.put("not a token at all", "not.a.token");
        return forged;
    }

    private static Set<String> powerful() {
        return Set.of("admin", "business", "buyer", "licensing-officer");
    }

    private static String unsigned(UUID businessId) {
        long now = System.currentTimeMillis() / 1000;
        return base64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + base64("{\"iss\":\"" + TestTokens.ISSUER
                + "\",\"aud\":\"" + TestTokens.AUDIENCE + "\",\"sub\":\"forger\",\"upn\":\"forger\","
                + "\"groups\":[\"admin\",\"business\",\"buyer\",\"licensing-officer\"],\"business_id\":\""
                + businessId + "\",\"iat\":" + now + ",\"exp\":" + (now + 600) + "}") + ".";
    }

    /** The token with its claims changed after signing ({@code "business"} made {@code "admin"}). */
    public static String tampered(String token) {
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"business\"", "\"admin\"");
        return parts[0] + "." + base64(claims) + "." + parts[2];
    }

    /** Base64url without padding, as JWTs are written. */
    public static String base64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}

package onestop.gateway.keys;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Base64;

/** One public key as RFC 7517 / RFC 7518 describe it for RS256 signatures. */
public record JsonWebKey(String kty, String use, String alg, String kid, String n, String e) {

    static JsonWebKey of(SigningKey key) {
        return new JsonWebKey("RSA", "sig", "RS256", key.kid(),
                base64Url(key.publicKey().getModulus()), base64Url(key.publicKey().getPublicExponent()));
    }

    // RFC 7518 section 6.3.1: unsigned big-endian, without the sign byte Java may add, base64url without padding.
    private static String base64Url(BigInteger value) {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

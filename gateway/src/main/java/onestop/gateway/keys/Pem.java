package onestop.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** RSA keys as PEM text: PKCS#8 for private keys, X.509 SubjectPublicKeyInfo for public ones. */
final class Pem {

    private static final String PRIVATE = "PRIVATE KEY";
    private static final String PUBLIC = "PUBLIC KEY";

    private Pem() {
    }

    static String privateKey(RSAPrivateKey key) {
        return encode(PRIVATE, key.getEncoded());
    }

    static String publicKey(RSAPublicKey key) {
        return encode(PUBLIC, key.getEncoded());
    }

    static RSAPrivateKey readPrivateKey(String pem) throws GeneralSecurityException {
        return (RSAPrivateKey) rsa().generatePrivate(new PKCS8EncodedKeySpec(decode(PRIVATE, pem)));
    }

    static RSAPublicKey readPublicKey(String pem) throws GeneralSecurityException {
        return (RSAPublicKey) rsa().generatePublic(new X509EncodedKeySpec(decode(PUBLIC, pem)));
    }

    /** The public half of a private key, which carries its modulus and public exponent. */
    static RSAPublicKey publicHalf(RSAPrivateKey key) throws GeneralSecurityException {
        if (!(key instanceof RSAPrivateCrtKey crt)) {
            throw new GeneralSecurityException("The private key does not carry its public exponent");
        }
        return (RSAPublicKey) rsa().generatePublic(new RSAPublicKeySpec(crt.getModulus(), crt.getPublicExponent()));
    }

    private static String encode(String label, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + label + "-----\n" + body + "\n-----END " + label + "-----\n";
    }

    private static byte[] decode(String label, String pem) throws GeneralSecurityException {
        String begin = "-----BEGIN " + label + "-----";
        String end = "-----END " + label + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new GeneralSecurityException("Not a PEM " + label);
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }

    private static KeyFactory rsa() throws GeneralSecurityException {
        return KeyFactory.getInstance("RSA");
    }
}

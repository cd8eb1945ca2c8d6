package onestop.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts the private signing keys for the database: AES-256-GCM under {@code ONESTOP_KEYS_ENCRYPTION_KEY},
 * a random 96-bit nonce per key, and the key's kid as associated data, so that a sealed key copied to another
 * row does not open.
 */
final class KeyEncryption {

    static final String SETTING = "ONESTOP_KEYS_ENCRYPTION_KEY";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A private key as stored: the nonce and the ciphertext with its tag. */
    record Sealed(byte[] nonce, byte[] ciphertext) {
    }

    private final SecretKey key;

    private KeyEncryption(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** The key from its setting: base64 of 32 bytes, or a start refused with what to set. */
    static KeyEncryption of(String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(SETTING + " is not base64; set it to 32 random bytes in base64"
                    + " (openssl rand -base64 32)");
        }
        if (bytes.length != 32) {
            throw new IllegalStateException(SETTING + " holds " + bytes.length + " bytes, not 32; set it to 32 random"
                    + " bytes in base64 (openssl rand -base64 32)");
        }
        return new KeyEncryption(bytes);
    }

    Sealed seal(String kid, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            return new Sealed(nonce, cipher(Cipher.ENCRYPT_MODE, kid, nonce).doFinal(plaintext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot encrypt with AES-GCM", e);
        }
    }

    /** The plaintext; fails (AEADBadTagException) under another key, another kid or a changed ciphertext. */
    byte[] open(String kid, Sealed sealed) throws GeneralSecurityException {
        return cipher(Cipher.DECRYPT_MODE, kid, sealed.nonce()).doFinal(sealed.ciphertext());
    }

    private Cipher cipher(int mode, String kid, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(kid.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}

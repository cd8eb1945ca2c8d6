package onestop.gateway.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.gateway.GatewayConfig;
import onestop.platform.config.InsecureDefault;
import onestop.platform.config.InsecureDefaults;

/**
 * Where the key that encrypts the signing keys comes from: {@code ONESTOP_KEYS_ENCRYPTION_KEY}. Unset, a key
 * written in this file stands in, which is fine on a laptop and refused in production (see InsecureDefaults).
 */
@ApplicationScoped
public class KeyEncryptionSetting implements InsecureDefaults.Source {

    // base64 of "onestop-development-signing-keys": public, so it protects nothing
    static final String DEVELOPMENT_KEY = "b25lc3RvcC1kZXZlbG9wbWVudC1zaWduaW5nLWtleXM=";

    private final GatewayConfig config;

    KeyEncryptionSetting(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public List<InsecureDefault> inForce() {
        return config.keysEncryptionKey().isPresent() ? List.of() : List.of(new InsecureDefault("keys-encryption-key",
                "set " + KeyEncryption.SETTING + " to 32 random bytes in base64 (openssl rand -base64 32), kept in a"
                        + " Secret: it encrypts the token signing keys in the database"));
    }

    /**
     * A key for {@code purpose} (HMAC-SHA256 of it under the encryption key): what derives other secrets the
     * database must not be enough to recompute, such as calendar feed tokens, without ever handing out the key.
     */
    public byte[] derivedKey(String purpose) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(config.keysEncryptionKey().orElse(DEVELOPMENT_KEY)),
                    "HmacSHA256"));
            return mac.doFinal(purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Cannot derive a key from " + KeyEncryption.SETTING, e);
        }
    }

    KeyEncryption encryption() {
        return KeyEncryption.of(config.keysEncryptionKey().orElse(DEVELOPMENT_KEY));
    }
}

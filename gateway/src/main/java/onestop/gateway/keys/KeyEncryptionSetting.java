package onestop.gateway.keys;

import java.util.List;

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

    KeyEncryption encryption() {
        return KeyEncryption.of(config.keysEncryptionKey().orElse(DEVELOPMENT_KEY));
    }
}

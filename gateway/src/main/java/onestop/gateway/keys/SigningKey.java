package onestop.gateway.keys;

import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;

/**
 * An RS256 key pair known by its {@code kid}. A key whose private half has been removed can no longer
 * sign but is still published, so tokens it signed stay verifiable until they expire.
 */
public record SigningKey(String kid, RSAPublicKey publicKey, RSAPrivateKey privateKey) {

    public boolean canSign() {
        return privateKey != null;
    }
}

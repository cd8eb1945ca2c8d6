package onestop.gateway.keys;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.runtime.Startup;
import onestop.gateway.GatewayConfig;

/** The gateway's token signing keys, loaded (or made) at start so that a bad key folder stops the start. */
@Startup
@ApplicationScoped
public class SigningKeys {

    private final List<SigningKey> keys;

    SigningKeys(GatewayConfig config) {
        this.keys = new SigningKeyStore(Path.of(config.keysDir()), Clock.systemUTC()).loadOrCreate();
    }

    /** The key new tokens are signed with: the newest that has its private half. */
    public SigningKey current() {
        return keys.stream().filter(SigningKey::canSign).reduce((older, newer) -> newer).orElseThrow();
    }

    /** Every key whose tokens must still verify, newest last. */
    public List<SigningKey> published() {
        return keys;
    }
}

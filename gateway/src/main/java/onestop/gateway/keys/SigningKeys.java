package onestop.gateway.keys;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import onestop.gateway.GatewayConfig;

/**
 * The gateway's token signing keys, loaded (or made) at start so that a bad key folder stops the start,
 * then read again every minute: a key another replica or an operator added is published, made active and
 * retired on the same schedule everywhere (see {@link KeyRotation}).
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final SigningKeyStore store;
    private final KeyRotation rotation;
    private final Clock clock;
    private volatile List<SigningKey> keys;

    SigningKeys(GatewayConfig config, TokensConfig tokens, Clock clock) {
        this.clock = clock;
        this.store = new SigningKeyStore(Path.of(config.keysDir()), clock);
        this.rotation = new KeyRotation(tokens.keyActivationDelay(), tokens.ttl(), tokens.keyRotationInterval());
        this.keys = store.loadOrCreate();
    }

    /** The key new tokens are signed with: the newest whose activation delay has passed. */
    public SigningKey current() {
        return rotation.signer(keys, clock.instant());
    }

    /** Every key whose tokens must still verify, and the next key once made, oldest first. */
    public List<SigningKey> published() {
        return keys;
    }

    /** Publishes a new key now; it signs once its activation delay has passed. */
    public synchronized SigningKey rotate() {
        SigningKey created = store.create();
        keys = store.loadOrCreate();
        return created;
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    synchronized void refresh() {
        try {
            List<SigningKey> loaded = store.loadOrCreate();
            if (rotation.rotationDue(loaded, clock.instant())) {
                store.create();
                loaded = store.loadOrCreate();
            }
            for (SigningKey expired : rotation.expired(loaded, clock.instant())) {
                store.remove(expired.kid());
            }
            keys = store.loadOrCreate();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not refresh the signing keys; keeping the ones loaded before");
        }
    }
}

package onestop.gateway.keys;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;
import io.quarkus.scheduler.Scheduled;
import onestop.gateway.GatewayConfig;

/**
 * The gateway's token signing keys, from its database: loaded (or made, or imported from the old key folder)
 * at start, so that a wrong encryption key stops the start, then read again every minute, so that a key another
 * replica added is published, made active and retired on the same schedule everywhere (see {@link KeyRotation}).
 * A token naming a kid this replica has not loaded yet makes it read the table at once (at most every few
 * seconds, so that made-up kids cannot turn every request into a query).
 */
@Startup
@ApplicationScoped
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(5);

    private final SigningKeyStore store;
    private final KeyRotation rotation;
    private final Clock clock;
    private final Duration reloadAtMostEvery;
    private volatile List<SigningKey> keys;
    private long lastReload = System.nanoTime();

    @Inject
    SigningKeys(GatewayConfig config, TokensConfig tokens, Clock clock, DataSource database,
            KeyEncryptionSetting encryption) {
        this(new SigningKeyStore(database, encryption.encryption(), clock),
                new KeyRotation(tokens.keyActivationDelay(), tokens.ttl(), tokens.keyRotationInterval()), clock,
                RELOAD_AT_MOST_EVERY, new KeyFiles(Path.of(config.keysDir())));
    }

    SigningKeys(SigningKeyStore store, KeyRotation rotation, Clock clock, Duration reloadAtMostEvery,
            KeyFiles formerFolder) {
        this.store = store;
        this.rotation = rotation;
        this.clock = clock;
        this.reloadAtMostEvery = reloadAtMostEvery;
        store.importFrom(formerFolder);
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

    /**
     * The published key of this kid, reading the table again if another replica may have made it since. The
     * read can happen on an event-loop thread (the edge's rate limit and the token parser verify there): it is
     * one indexed query on a table of a few rows, at most every few seconds, and rare, since a new key signs
     * only after its activation delay, by when every replica has read it on its schedule.
     */
    public Optional<SigningKey> find(String kid) {
        Optional<SigningKey> known = find(keys, kid);
        if (known.isPresent() || !reloadAllowed()) {
            return known;
        }
        try {
            keys = store.load();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not read the signing keys for kid %s; keeping the ones loaded before", kid);
        }
        return find(keys, kid);
    }

    /** Publishes a new key now; it signs once its activation delay has passed. */
    public synchronized SigningKey rotate() {
        SigningKey created = store.create();
        keys = store.loadOrCreate();
        return created;
    }

    @Scheduled(every = "60s", delayed = "60s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    synchronized void refresh() {
        try {
            // under the store's lock: of replicas finding a rotation due at once, only the first makes the key
            List<SigningKey> loaded = store.createIf(current -> current.stream().noneMatch(SigningKey::canSign)
                    || rotation.rotationDue(current, clock.instant()));
            for (SigningKey expired : rotation.expired(loaded, clock.instant())) {
                store.remove(expired.kid());
            }
            keys = store.loadOrCreate();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not refresh the signing keys; keeping the ones loaded before");
        }
    }

    private synchronized boolean reloadAllowed() {
        long now = System.nanoTime();
        if (now - lastReload < reloadAtMostEvery.toNanos()) {
            return false;
        }
        lastReload = now;
        return true;
    }

    private static Optional<SigningKey> find(List<SigningKey> keys, String kid) {
        return keys.stream().filter(key -> key.kid().equals(kid)).findFirst();
    }
}

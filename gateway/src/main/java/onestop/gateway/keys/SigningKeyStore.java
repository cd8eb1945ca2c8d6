package onestop.gateway.keys;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.jboss.logging.Logger;

/**
 * The signing keys in the gateway's database (table {@code signing_key}), shared by every replica: the public
 * key as PEM, the private key as PKCS#8 sealed by {@link KeyEncryption}. Whatever decides from the keys whether
 * to add one (the first key, a due rotation, an import) runs under a transaction-scoped advisory lock, so two
 * replicas starting or rotating at once make one key, not two. Kids start with their UTC creation time, so in
 * kid order the newest key comes last.
 */
public final class SigningKeyStore {

    private static final Logger LOG = Logger.getLogger(SigningKeyStore.class);
    // pg_advisory_xact_lock key of the signing keys: "OSkeys" in ASCII, unlikely to meet another lock
    private static final long LOCK = 0x4f536b657973L;
    private static final DateTimeFormatter KID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private final DataSource database;
    private final KeyEncryption encryption;
    private final Clock clock;

    SigningKeyStore(DataSource database, KeyEncryption encryption, Clock clock) {
        this.database = database;
        this.encryption = encryption;
        this.clock = clock;
    }

    /** Every key, oldest first. */
    public List<SigningKey> load() {
        return inTransaction(false, this::load);
    }

    /** Every key, oldest first; makes one first when none can sign (the first start). */
    public List<SigningKey> loadOrCreate() {
        List<SigningKey> keys = load();
        return keys.stream().anyMatch(SigningKey::canSign) ? keys
                : createIf(loaded -> loaded.stream().noneMatch(SigningKey::canSign));
    }

    /** Adds a key when {@code due} holds for the keys as they are under the lock; returns the keys after. */
    public List<SigningKey> createIf(Predicate<List<SigningKey>> due) {
        return inTransaction(true, connection -> {
            if (due.test(load(connection))) {
                insert(connection, generate());
            }
            return load(connection);
        });
    }

    /** Adds a new key, which becomes the one that signs after its activation delay; the older ones stay. */
    public SigningKey create() {
        return inTransaction(false, this::insert);
    }

    /** Deletes a key whose tokens have all expired. */
    public void remove(String kid) {
        inTransaction(false, connection -> {
            try (PreparedStatement delete = connection.prepareStatement("delete from signing_key where kid = ?")) {
                delete.setString(1, kid);
                delete.executeUpdate();
            }
            return null;
        });
        LOG.infof("Removed expired token signing key %s", kid);
    }

    /** Copies the keys of a folder into the table if it has none yet; the number copied. */
    int importFrom(KeyFiles files) {
        return inTransaction(true, connection -> {
            try (PreparedStatement count = connection.prepareStatement("select count(*) from signing_key");
                    ResultSet rows = count.executeQuery()) {
                rows.next();
                if (rows.getLong(1) > 0) {
                    return 0;
                }
            }
            List<SigningKey> keys = files.load();
            for (SigningKey key : keys) {
                insert(connection, key);
            }
            if (!keys.isEmpty()) {
                LOG.infof("Imported %d token signing keys from %s into the database; the folder is no longer used",
                        keys.size(), files.path());
            }
            return keys.size();
        });
    }

    private SigningKey insert(Connection connection) throws SQLException {
        SigningKey key = generate();
        insert(connection, key);
        LOG.infof("Created token signing key %s", key.kid());
        return key;
    }

    private void insert(Connection connection, SigningKey key) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into signing_key (kid, public_key, private_key_nonce, private_key_sealed, created_at)
                values (?, ?, ?, ?, ?)""")) {
            insert.setString(1, key.kid());
            insert.setString(2, Pem.publicKey(key.publicKey()));
            KeyEncryption.Sealed sealed = key.canSign()
                    ? encryption.seal(key.kid(), key.privateKey().getEncoded()) : null;
            insert.setBytes(3, sealed == null ? null : sealed.nonce());
            insert.setBytes(4, sealed == null ? null : sealed.ciphertext());
            insert.setTimestamp(5, Timestamp.from(clock.instant()));
            insert.executeUpdate();
        }
    }

    private List<SigningKey> load(Connection connection) throws SQLException {
        List<SigningKey> keys = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(
                "select kid, public_key, private_key_nonce, private_key_sealed from signing_key order by kid");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                byte[] ciphertext = rows.getBytes(4);
                keys.add(read(rows.getString(1), rows.getString(2),
                        ciphertext == null ? null : new KeyEncryption.Sealed(rows.getBytes(3), ciphertext)));
            }
        }
        return keys;
    }

    private SigningKey read(String kid, String publicPem, KeyEncryption.Sealed sealed) {
        RSAPublicKey publicKey;
        try {
            publicKey = Pem.readPublicKey(publicPem);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " in the database is not an RSA public key", e);
        }
        if (sealed == null) {
            return new SigningKey(kid, publicKey, null);
        }
        byte[] der;
        try {
            der = encryption.open(kid, sealed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("The token signing key " + kid + " in the database cannot be decrypted"
                    + " with " + KeyEncryption.SETTING + ": set it to the key the signing keys were stored with", e);
        }
        try {
            RSAPrivateKey privateKey = (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(der));
            return new SigningKey(kid, publicKey, privateKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " in the database is not an RSA private key", e);
        }
    }

    private <T> T inTransaction(boolean locked, Work<T> work) {
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                if (locked) {
                    try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                        lock.setLong(1, LOCK);
                        lock.execute();
                    }
                }
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read or write the token signing keys in the database", e);
        }
    }

    private SigningKey generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            KeyPair pair = generator.generateKeyPair();
            byte[] random = new byte[4];
            RANDOM.nextBytes(random);
            String kid = KID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(random);
            return new SigningKey(kid, (RSAPublicKey) pair.getPublic(), (RSAPrivateKey) pair.getPrivate());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }
}

package onestop.gateway.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jboss.logging.Logger;

/**
 * The signing keys in a folder: {@code <kid>.private.pem} (mode 600) and {@code <kid>.public.pem}.
 * Kids start with their UTC creation time, so in kid order the newest key comes last.
 */
public final class SigningKeyStore {

    private static final Logger LOG = Logger.getLogger(SigningKeyStore.class);
    private static final String PRIVATE = ".private.pem";
    private static final String PUBLIC = ".public.pem";
    private static final DateTimeFormatter KID_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyFolder folder;
    private final Clock clock;

    public SigningKeyStore(Path dir, Clock clock) {
        this.folder = new KeyFolder(dir);
        this.clock = clock;
    }

    /** Every key in the folder, oldest first; creates the folder and a key first when none can sign. */
    public List<SigningKey> loadOrCreate() {
        List<SigningKey> keys = load();
        if (keys.stream().noneMatch(SigningKey::canSign)) {
            create();
            keys = load();
        }
        return keys;
    }

    /** Adds a new key, which becomes the one that signs; the older ones stay published. */
    public SigningKey create() {
        KeyPair pair = generate();
        byte[] random = new byte[4];
        RANDOM.nextBytes(random);
        String kid = KID_TIME.format(clock.instant()) + "-" + HexFormat.of().formatHex(random);
        RSAPrivateKey privateKey = (RSAPrivateKey) pair.getPrivate();
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        try {
            folder.create(kid + PRIVATE, Pem.privateKey(privateKey), "rw-------");
            folder.create(kid + PUBLIC, Pem.publicKey(publicKey), "rw-r--r--");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a signing key to " + folder.path(), e);
        }
        LOG.infof("Created token signing key %s in %s", kid, folder.path());
        return new SigningKey(kid, publicKey, privateKey);
    }

    /** Deletes both files of a key whose tokens have all expired. */
    public void remove(String kid) {
        try {
            folder.delete(kid + PRIVATE);
            folder.delete(kid + PUBLIC);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not remove signing key " + kid + " from " + folder.path(), e);
        }
        LOG.infof("Removed expired token signing key %s from %s", kid, folder.path());
    }

    List<SigningKey> load() {
        try {
            Set<String> kids = new TreeSet<>();
            List<String> names = folder.fileNames();
            for (String name : names) {
                if (name.endsWith(PRIVATE)) {
                    kids.add(name.substring(0, name.length() - PRIVATE.length()));
                } else if (name.endsWith(PUBLIC)) {
                    kids.add(name.substring(0, name.length() - PUBLIC.length()));
                }
            }
            return kids.stream().map(kid -> read(kid, names.contains(kid + PRIVATE))).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the signing keys in " + folder.path(), e);
        }
    }

    private SigningKey read(String kid, boolean hasPrivate) {
        try {
            if (hasPrivate) {
                RSAPrivateKey privateKey = Pem.readPrivateKey(folder.readPrivate(kid + PRIVATE));
                return new SigningKey(kid, Pem.publicHalf(privateKey), privateKey);
            }
            return new SigningKey(kid, Pem.readPublicKey(folder.read(kid + PUBLIC)), null);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Signing key " + kid + " in " + folder.path() + " is not an RSA PEM", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read signing key " + kid + " in " + folder.path(), e);
        }
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This JVM cannot generate RSA keys", e);
        }
    }
}

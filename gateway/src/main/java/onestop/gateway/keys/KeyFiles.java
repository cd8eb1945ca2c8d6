package onestop.gateway.keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.interfaces.RSAPrivateKey;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The signing keys of a folder, as the gateway kept them before they moved to its database:
 * {@code <kid>.private.pem} and {@code <kid>.public.pem}. Read once, to import them into an empty table, so
 * that the tokens an existing deployment signed stay valid ({@code ONESTOP_KEYS_DIR}).
 */
final class KeyFiles {

    private static final String PRIVATE = ".private.pem";
    private static final String PUBLIC = ".public.pem";

    private final KeyFolder folder;

    KeyFiles(Path dir) {
        this.folder = new KeyFolder(dir);
    }

    Path path() {
        return folder.path();
    }

    /** Every key in the folder, oldest first; none when there is no folder. */
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
}

package onestop.platform.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keeps uploaded files on local disk in one directory under names the service generates, so that no
 * caller-supplied name reaches the file system. A service makes one per directory it configures.
 */
public class FileStore {

    private static final Pattern STORED_NAME = Pattern.compile("[A-Za-z0-9-]+(\\.[a-z0-9]+)?");

    private final Path dir;

    public FileStore(Path dir) {
        this.dir = dir;
    }

    /** What was stored: the generated name and the content's SHA-256. */
    public record Stored(String name, String sha256) {
    }

    /** Copies {@code upload} into the store as {@code storedName} (e.g. a new id and the type's extension). */
    public Stored store(Path upload, String storedName) {
        try {
            Path target = Files.createDirectories(dir).resolve(checked(storedName));
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), sha256)) {
                Files.copy(in, target);
            }
            return new Stored(storedName, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The stored file, if it is still there to be read. */
    public Optional<Path> find(String storedName) {
        Path file = dir.resolve(checked(storedName));
        return Files.isReadable(file) ? Optional.of(file) : Optional.empty();
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(dir.resolve(checked(storedName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String checked(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            throw new IllegalArgumentException("Not a generated file name: " + storedName);
        }
        return storedName;
    }
}

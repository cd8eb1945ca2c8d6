package onestop.licensing.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.licensing.LicensingConfig;

/** Keeps uploaded files on local disk under generated names, so no caller-supplied name reaches the file system. */
@ApplicationScoped
public class DocumentStore {

    @Inject
    LicensingConfig config;

    /** What was stored: the generated name and the content's SHA-256. */
    public record Stored(String name, String sha256) {
    }

    /** The first bytes of a file, to tell its real type. */
    public byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(ContentType.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Stored store(Path upload, String storedName) {
        try {
            Path dir = Files.createDirectories(config.documents().dir());
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(upload), sha256)) {
                Files.copy(in, dir.resolve(storedName));
            }
            return new Stored(storedName, HexFormat.of().formatHex(sha256.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public Path path(String storedName) {
        return config.documents().dir().resolve(storedName);
    }

    public void delete(String storedName) {
        try {
            Files.deleteIfExists(path(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package onestop.gateway.keys;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/** The folder the keys lived in before the database: read only, warning when a private key is readable by others. */
final class KeyFolder {

    private static final Logger LOG = Logger.getLogger(KeyFolder.class);

    private static final Set<PosixFilePermission> SHARED =
            Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.OTHERS_READ);

    private final Path dir;

    KeyFolder(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir.toAbsolutePath();
    }

    List<String> fileNames() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(file -> file.getFileName().toString()).sorted().toList();
        }
    }

    String read(String name) throws IOException {
        return Files.readString(dir.resolve(name));
    }

    /** Reads a file that should be private, warning when other users can read it too. */
    String readPrivate(String name) throws IOException {
        Path file = dir.resolve(name);
        if (posix() && !Collections.disjoint(Files.getPosixFilePermissions(file), SHARED)) {
            LOG.warnf("Private signing key %s is readable by other users; chmod 600 it", file.toAbsolutePath());
        }
        return Files.readString(file);
    }

    private boolean posix() {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}

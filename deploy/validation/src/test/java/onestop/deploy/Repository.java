package onestop.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths in the repository, which the tests read where they are (the module's folder is deploy/validation). */
final class Repository {

    private Repository() {
    }

    static Path path(String relative) {
        Path root = Path.of("").toAbsolutePath();
        while (root != null && !Files.isDirectory(root.resolve("deploy/k8s"))) {
            root = root.getParent();
        }
        if (root == null) {
            throw new IllegalStateException("not inside the OneStop repository: " + Path.of("").toAbsolutePath());
        }
        return root.resolve(relative);
    }
}

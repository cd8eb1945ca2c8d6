package onestop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class AtExitTest {

    /** A JVM that registers servers and clients out of order and exits; each step says when it ran. */
    public static void main(String[] args) {
        AtExit.stopServer("postgres", () -> slowly("postgres stopped"));
        AtExit.stopClient("licensing", () -> slowly("licensing stopped"));
        AtExit.stopServer("kafka", () -> slowly("kafka stopped"));
        AtExit.stopClient("gateway", () -> {
            throw new IllegalStateException("the gateway would not stop");
        });
        AtExit.stopClient("portal", () -> slowly("portal stopped"));
        System.out.println("exiting");
    }

    private static void slowly(String line) {
        try {
            Thread.sleep(100); // time enough for a hook running beside this one to overtake it
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.out.println(line);
    }

    @Test
    void theJvmStopsEveryClientNewestFirstBeforeAnyServerAndGoesOnPastAFailure() throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                AtExitTest.class.getName()).redirectErrorStream(true).start();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        List<String> lines = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();

        assertThat(lines).containsExactly("exiting", "portal stopped",
                "Could not stop gateway as the tests' JVM exited: java.lang.IllegalStateException: the gateway would not stop",
                "licensing stopped", "kafka stopped", "postgres stopped");
    }
}

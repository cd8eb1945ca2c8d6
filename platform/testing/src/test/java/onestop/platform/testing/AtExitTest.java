package onestop.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class AtExitTest {

    /**
     * A JVM that registers servers and clients out of order and exits; each step says on its standard output when it
     * ran, which the test reads (the child's output is what the test asserts, not a log).
     */
    public static void main(String[] args) {
        AtExit.stopServer("postgres", () -> System.out.println("postgres stopped"));
        AtExit.stopClient("licensing", () -> System.out.println("licensing stopped"));
        AtExit.stopServer("kafka", () -> System.out.println("kafka stopped"));
        AtExit.stopClient("gateway", () -> {
            throw new IllegalStateException("the gateway would not stop");
        });
        AtExit.stopClient("portal", () -> System.out.println("portal stopped"));
        System.out.println("exiting");
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

package onestop.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.awaitility.Awaitility;

import onestop.platform.testing.EmbeddedKafka;
import onestop.platform.testing.FreePorts;

/**
 * The running system's Kafka broker, in a process of its own (platform-testing's {@link EmbeddedKafka#main}) so that
 * a test can stop it cleanly or crash it with SIGKILL, and start it again on the same ports and log directory.
 */
public final class KafkaProcess {

    private final int port = FreePorts.any();
    private final int controllerPort = FreePorts.any();
    private final Path logDir;
    private final Path log;
    private Process process;

    KafkaProcess(Path work) {
        try {
            this.logDir = Files.createTempDirectory("onestop-system-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.log = work.resolve("kafka.log");
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** Starts the broker (again) and returns once it answers its clients. */
    public synchronized void start() {
        if (process != null && process.isAlive()) {
            return;
        }
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                EmbeddedKafka.class.getName(), String.valueOf(port), String.valueOf(controllerPort), logDir.toString());
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Kafka", e);
        }
        Awaitility.await("Kafka answering on " + bootstrapServers() + " (log: " + log + ")")
                .atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(e -> process.isAlive())
                .until(this::answers);
    }

    /** Stops the broker as an operator would (SIGTERM, a clean shutdown) and waits until it has exited. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        awaitExit(Duration.ofSeconds(60));
    }

    /** Crashes the broker: SIGKILL, nothing flushed or handed over. */
    public synchronized void kill() {
        if (process == null) {
            return;
        }
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(30));
    }

    private void awaitExit(Duration within) {
        try {
            if (!process.waitFor(within.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    private boolean answers() throws Exception {
        if (!process.isAlive()) {
            throw new IllegalStateException("Kafka exited; see " + log);
        }
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(props)) {
            return !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty();
        }
    }
}

package onestop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;

import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.Feature;
import org.apache.kafka.server.common.MetadataVersion;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;

/**
 * A real Kafka broker (KRaft, combined broker and controller) running inside the test JVM on free ports.
 *
 * <p>One instance per JVM ({@link #shared()}); it can be {@linkplain #stop() stopped} and
 * {@linkplain #start() started again} on the same ports and log directory, so tests can prove what
 * happens while Kafka is down.
 */
public final class EmbeddedKafka {

    private static EmbeddedKafka shared;

    private final int port;
    private final int controllerPort;
    private final Path logDir;
    private KafkaRaftServer server;

    private EmbeddedKafka() {
        this(FreePorts.any(), FreePorts.any(), temporaryLogDir());
        format();
    }

    private EmbeddedKafka(int port, int controllerPort, Path logDir) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.logDir = logDir;
    }

    /**
     * Runs a broker in a process of its own, so that a test can crash it with SIGKILL (system-tests'
     * {@code KafkaProcess}): arguments are the client port, the controller port and the log directory, which is
     * formatted on first use and recovered from on every later start. SIGTERM stops the broker cleanly.
     */
    public static void main(String[] args) throws InterruptedException {
        EmbeddedKafka kafka = new EmbeddedKafka(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
        if (!Files.exists(kafka.logDir.resolve("meta.properties"))) {
            kafka.format();
        }
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(kafka::stop, "kafka-stop"));
        new java.util.concurrent.CountDownLatch(1).await();
    }

    private static Path temporaryLogDir() {
        try {
            return Files.createTempDirectory("onestop-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The broker shared by every test in this JVM, started on first use. */
    public static synchronized EmbeddedKafka shared() {
        if (shared == null) {
            shared = new EmbeddedKafka();
            shared.start();
            AtExit.stopServer("the embedded Kafka", shared::stop);
        }
        return shared;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    /** Starts the broker (again) on the same ports and data; returns once it is started. */
    public synchronized void start() {
        if (server != null) {
            return;
        }
        server = new KafkaRaftServer(KafkaConfig.fromProps(properties(), false), Time.SYSTEM);
        server.startup();
    }

    /** Stops the broker and waits until it is down; clients see it as unreachable. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        server.shutdown();
        server.awaitShutdown();
        server = null;
    }

    private Properties properties() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", logDir.toString());
        p.put("num.partitions", "3");
        p.put("auto.create.topics.enable", "true");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "3");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("log.flush.interval.messages", "1");
        return p;
    }

    private void format() {
        try {
            new Formatter()
                    .setPrintStream(System.out)
                    .setSupportedFeatures(Feature.PRODUCTION_FEATURES)
                    .setNodeId(1)
                    .setClusterId(Uuid.randomUuid().toString())
                    .setDirectories(Set.of(logDir.toString()))
                    .setMetadataLogDirectory(logDir.toString())
                    .setControllerListenerName("CONTROLLER")
                    .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                    .run();
        } catch (Exception e) {
            throw new IllegalStateException("Could not format the embedded Kafka log directory", e);
        }
    }

}

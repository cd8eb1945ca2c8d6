package onestop.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.awaitility.Awaitility;

import onestop.platform.testing.AtExit;
import onestop.platform.testing.EmbeddedPostgres;
import onestop.platform.testing.FreePorts;

/**
 * OneStop with two replicas of every service, as {@code deploy/local/up --replicas 2} runs it: two processes each of
 * the licensing and opportunities services, the gateway and the portal (the packaged jars), and the local stack's
 * balancer ({@code deploy/local/tools/Balancer.java}) in front of each pair, on the port everything else calls. A
 * system of its own, beside {@link RunningSystem} should that run in the same JVM: its own Kafka broker, its own
 * databases (prefixed {@code replicas_}) on the tests' PostgreSQL, its own stand-ins. A replica can be killed.
 */
public final class ReplicatedSystem implements AutoCloseable {

    public static final List<String> SERVICES = List.of(RunningSystem.LICENSING, RunningSystem.OPPORTUNITIES,
            RunningSystem.GATEWAY, RunningSystem.PORTAL);
    public static final int REPLICAS = 2;
    public static final String BUYER_PASSWORD = randomPassword();
    /**
     * Sign-ins and account forms per client address and minute, shared by the gateways (ADR 0006): two, so that a
     * token comes back only every 30 seconds and a test's few tries see the bucket as they left it. Every test
     * client comes from an address of its own (X-Forwarded-For from 127.0.0.1, a trusted proxy).
     */
    public static final int SIGN_IN_LIMIT = 2;

    private final Path root = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize();
    private final Path work;
    private final KafkaProcess kafka;
    private final Map<String, Integer> balanced = new LinkedHashMap<>();
    private final Map<String, int[]> ports = new LinkedHashMap<>();
    private final Map<String, int[]> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final int standInsPort = FreePorts.any();
    // 32 random bytes in base64: encrypts the gateways' shared signing keys in their database
    private final String keysEncryptionKey = Base64.getEncoder().encodeToString(randomBytes(32));
    private Process balancer;
    private Process standIns;

    public ReplicatedSystem() {
        try {
            work = Files.createDirectories(root.resolve("system-tests/target/replicas"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = new KafkaProcess(work);
        for (String service : SERVICES) {
            balanced.put(service, FreePorts.any());
            int[] http = new int[REPLICAS];
            int[] management = new int[REPLICAS];
            for (int i = 0; i < REPLICAS; i++) {
                http[i] = FreePorts.any();
                management[i] = FreePorts.any();
            }
            ports.put(service, http);
            managementPorts.put(service, management);
        }
    }

    /** Starts Kafka, the stand-ins, the balancer and every replica, and returns once all are ready. */
    public ReplicatedSystem start() {
        // and stopped when the JVM exits, whatever the tests did
        AtExit.stopClient("the replicated system", this::close);
        kafka.start();
        createTopics();
        standIns = launch(RunningSystem.STAND_INS, standInsEnvironment(), work.resolve("stand-ins.log"));
        startBalancer();
        // the first replica of every service, then the second: nine JVMs starting at once swamp a small machine
        for (int replica = 1; replica <= REPLICAS; replica++) {
            for (String service : SERVICES) {
                processes.put(name(service, replica), launch(service, environment(service, replica), log(service, replica)));
            }
            for (String service : SERVICES) {
                awaitReady(service, replica);
            }
        }
        return this;
    }

    /** The address clients use: the balancer in front of the two gateways. */
    public String gatewayUrl() {
        return url(RunningSystem.GATEWAY);
    }

    /** The balanced address of a service (what the gateways and the portals call). */
    public String url(String service) {
        return "http://127.0.0.1:" + balanced.get(service);
    }

    /** One replica's own address, bypassing the balancer (1 or 2). */
    public String replicaUrl(String service, int replica) {
        return "http://127.0.0.1:" + ports.get(service)[replica - 1];
    }

    public URI management(String service, int replica, String path) {
        return URI.create("http://127.0.0.1:" + managementPorts.get(service)[replica - 1] + path);
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** The JDBC URL of a service's database ({@code licensing}, {@code opportunities}, {@code gateway}, {@code portal}). */
    public String jdbcUrl(String database) {
        return EmbeddedPostgres.shared().database("replicas_" + database);
    }

    /** Crashes one replica: SIGKILL, no shutdown hooks, its requests in flight cut off. */
    public void kill(String service, int replica) {
        Process process = processes.remove(name(service, replica));
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Moves the clock of every replica of the opportunities service (started with a movable clock) to {@code at}. */
    public void moveOpportunitiesClock(Instant at) {
        for (int replica = 1; replica <= REPLICAS; replica++) {
            HttpResponse<String> answer = send(HttpRequest.newBuilder(management(RunningSystem.OPPORTUNITIES, replica, "/q/clock"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(at == null ? "{}" : "{\"at\":\"" + at + "\"}")).build());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException("opportunities " + replica + " refused to move its clock: " + answer.body());
            }
        }
    }

    @Override
    public synchronized void close() {
        List<Process> all = new ArrayList<>(processes.values());
        all.add(standIns);
        all.add(balancer);
        all.stream().filter(p -> p != null).forEach(Process::destroy);
        for (Process process : all) {
            try {
                if (process != null && !process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        processes.clear();
        kafka.stop();
    }

    /** The services' topics with three partitions each, made up front as the operator's KafkaTopics are. */
    private void createTopics() {
        java.util.Properties props = new java.util.Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(props)) {
            List<org.apache.kafka.clients.admin.NewTopic> topics = new ArrayList<>();
            for (String topic : List.of("onestop.licensing.v1", "onestop.opportunities.v1", "onestop.gateway.v1")) {
                topics.add(new org.apache.kafka.clients.admin.NewTopic(topic, 3, (short) 1));
                topics.add(new org.apache.kafka.clients.admin.NewTopic(topic + ".dlq", 3, (short) 1));
            }
            admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not create the topics", e);
        }
    }

    private void startBalancer() {
        List<String> command = new ArrayList<>(List.of(java(), "-Xmx64m",
                root.resolve("deploy/local/tools/Balancer.java").toString()));
        for (String service : SERVICES) {
            StringBuilder group = new StringBuilder().append(balanced.get(service)).append(':');
            for (int port : ports.get(service)) {
                group.append(port).append(',');
            }
            command.add(group.substring(0, group.length() - 1));
        }
        balancer = start(command, Map.of(), work.resolve("balancer.log"));
        Awaitility.await("the balancer listening (log: " + work.resolve("balancer.log") + ")").atMost(Duration.ofSeconds(90))
                .pollInterval(Duration.ofMillis(250)).until(() -> balanced.values().stream().allMatch(ReplicatedSystem::listening));
    }

    private Map<String, String> standInsEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(standInsPort));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(FreePorts.any()));
        env.put("STANDINS_PAY_PUBLIC_URL", "http://127.0.0.1:" + standInsPort);
        env.put("STANDINS_PAY_WEBHOOK_URL", gatewayUrl() + "/api/licensing/payments/webhooks");
        return env;
    }

    /** A replica's settings: its own ports; everything it calls, it calls through the balancer. */
    private Map<String, String> environment(String service, int replica) {
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)[replica - 1]));
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)[replica - 1]));
        env.put("QUARKUS_DATASOURCE_JDBC_URL", jdbcUrl(service.replace("-service", "")));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        // eight JVMs starting at once on a small machine: a first connection may take longer than the default 5 s
        env.put("QUARKUS_DATASOURCE_JDBC_ACQUISITION_TIMEOUT", "60S");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", gatewayUrl() + "/.well-known/jwks.json");
        env.put("ONESTOP_PUBLIC_URL", gatewayUrl());
        env.put("ONESTOP_MAIL_MOCK", "true");
        env.put("ONESTOP_ALLOW_STAND_INS", "pay,mail");
        switch (service) {
            case RunningSystem.LICENSING -> {
                env.put("LICENSING_DOCUMENTS_DIR", work.resolve("licensing-documents").toString());
                env.put("ONESTOP_PAY_URL", "http://127.0.0.1:" + standInsPort + "/pay");
            }
            case RunningSystem.OPPORTUNITIES -> {
                env.put("OPPORTUNITIES_DOCUMENTS_DIR", work.resolve("opportunities-documents").toString());
                // the closing job, due every second on both replicas: TwoReplicasIT moves the clocks past a deadline
                env.put("OPPORTUNITIES_CLOSING_JOB_EVERY", "1s");
                env.put("ONESTOP_CLOCK_MOVABLE", "true");
                env.put("ONESTOP_ALLOW_INSECURE_DEFAULTS", "movable-clock");
            }
            case RunningSystem.GATEWAY -> {
                env.put("ONESTOP_LICENSING_URL", url(RunningSystem.LICENSING));
                env.put("ONESTOP_OPPORTUNITIES_URL", url(RunningSystem.OPPORTUNITIES));
                env.put("ONESTOP_PORTAL_URL", url(RunningSystem.PORTAL));
                env.put("ONESTOP_PAY_PAGES", "http://127.0.0.1:" + standInsPort);
                env.put("ONESTOP_PROXY_FORWARDING", "true");
                env.put("ONESTOP_TRUSTED_PROXIES", "127.0.0.1");
                env.put("ONESTOP_KEYS_ENCRYPTION_KEY", keysEncryptionKey);
                env.put("ONESTOP_KEYS_DIR", work.resolve("former-keys").toString());
                env.put("ONESTOP_BUYER_PASSWORD", BUYER_PASSWORD);
                for (String role : List.of("OFFICER", "ADMIN", "POLICE", "ENVIRONMENTAL_HEALTH")) {
                    env.put("ONESTOP_" + role + "_PASSWORD", randomPassword());
                }
                env.put("ONESTOP_RATE_AUTH_PER_MINUTE", String.valueOf(SIGN_IN_LIMIT));
                // the longest allowed: the tests' one buyer token outlives a slow machine's run
                env.put("ONESTOP_TOKEN_TTL", "15m");
            }
            case RunningSystem.PORTAL -> env.put("ONESTOP_API_URL", gatewayUrl());
            default -> throw new IllegalArgumentException(service);
        }
        return env;
    }

    private Process launch(String service, Map<String, String> env, Path log) {
        Path jar = root.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
        }
        // nine JVMs on one machine: the C1 compiler only, which starts them sooner and keeps them smaller
        return start(List.of(java(), "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k",
                "-jar", jar.toString()), env, log);
    }

    private Process start(List<String> command, Map<String, String> env, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + command, e);
        }
    }

    private void awaitReady(String service, int replica) {
        Process process = processes.get(name(service, replica));
        URI ready = management(service, replica, "/q/health/ready");
        Awaitility.await(name(service, replica) + " ready (log: " + log(service, replica) + ")")
                .atMost(Duration.ofSeconds(300)).pollInterval(Duration.ofMillis(500))
                .ignoreExceptionsMatching(e -> process.isAlive())
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new IllegalStateException(name(service, replica) + " exited; see " + log(service, replica));
                    }
                    return send(HttpRequest.newBuilder(ready).build()).statusCode() == 200;
                });
    }

    private Path log(String service, int replica) {
        return work.resolve(name(service, replica) + ".log");
    }

    private static String name(String service, int replica) {
        return service + "." + replica;
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean listening(int port) {
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }


    private static String randomPassword() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes(18));
    }

    private static byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}

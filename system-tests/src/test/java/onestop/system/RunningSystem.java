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

import org.awaitility.Awaitility;

import io.restassured.RestAssured;
import onestop.platform.testing.AtExit;
import onestop.platform.testing.EmbeddedPostgres;
import onestop.platform.testing.FreePorts;

/**
 * The whole of OneStop as it runs in production: the packaged services started as separate
 * processes (the jars the build just made), each with its own database on a real PostgreSQL and all on
 * a real Kafka broker (a process of its own), with the stand-ins app in place of the real outside services
 * (GOV.UK Pay, GOV.UK Notify, Companies House, OS Places), configured as deploy/local/up configures them: every
 * email goes through GOV.UK Notify to its stand-in, where {@link Mailbox} reads it. One system per test JVM;
 * services can be stopped and started again to test how the others cope.
 */
public final class RunningSystem {

    public static final String LICENSING = "licensing-service";
    public static final String OPPORTUNITIES = "opportunities-service";
    public static final String GATEWAY = "gateway";
    public static final String PORTAL = "portal";
    /** The stand-ins app: GOV.UK Pay (and the other outside services) as their published APIs describe them. */
    public static final String STAND_INS = "stand-ins";

    // deploy/local/up's dummy Notify key (name, service id, secret: the stand-in checks the JWT made from it),
    // template and receipt token; the stand-in's own defaults are the same key and token
    private static final String NOTIFY_API_KEY =
            "onestop_local-6f7e2a1c-5d4b-4c3a-9e8f-7a6b5c4d3e2f-0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";
    private static final String NOTIFY_TEMPLATE = "4f7d6b1e-0c3a-4e2b-9d8f-1a2b3c4d5e6f";
    private static final String NOTIFY_TEXT_TEMPLATE = "7c2d9e4a-1b3f-4a5c-8d6e-0f9a8b7c6d5e";
    private static final String NOTIFY_CALLBACK_TOKEN = "local-notify-receipts";
    /**
     * The stand-ins the services may run with, as in deploy/local/up, but for the mock mailer: mail goes through
     * Notify, and the SMTP mailer stays unmocked so that ProductionDefaultsIT can show a mock one refused.
     */
    public static final String STAND_INS_ALLOWED = "pay,notify,companies-house,os-places";

    private static RunningSystem shared;

    private volatile boolean deadlineMoved;

    private final Path root = Path.of(System.getProperty("onestop.root", "..")).toAbsolutePath().normalize();
    private final Path work;
    private final Map<String, Integer> ports = new LinkedHashMap<>();
    private final Map<String, Integer> managementPorts = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, String> staffPasswords = new LinkedHashMap<>();
    // encrypts the gateway's signing keys in its database, which lives as long as this system: one per run
    private final String keysEncryptionKey = Base64.getEncoder().encodeToString(randomBytes(32));
    private final KafkaProcess kafka;
    private Mailbox mailbox;

    private RunningSystem() {
        try {
            work = Files.createDirectories(root.resolve("system-tests/target/system"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        kafka = new KafkaProcess(work);
        for (String service : List.of(STAND_INS, LICENSING, OPPORTUNITIES, GATEWAY, PORTAL)) {
            ports.put(service, FreePorts.any());
            managementPorts.put(service, FreePorts.any());
        }
        for (String role : List.of("officer", "buyer", "admin", "police", "environmental-health")) {
            staffPasswords.put(role, randomPassword());
        }
    }

    /** The system shared by the tests of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized RunningSystem shared() {
        if (shared == null) {
            shared = new RunningSystem();
            shared.startAll();
            AtExit.stopClient("the running system", shared::stopAll);
        }
        return shared;
    }

    /** Puts back a clock that a deadline passing moved, if the shared system runs ({@link DeadlineClockReset}). */
    static synchronized void afterTest() {
        if (shared != null && shared.deadlineMoved) {
            shared.moveClock(OPPORTUNITIES, null);
            shared.deadlineMoved = false;
        }
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + ports.get(GATEWAY);
    }

    /** Where the stand-ins app answers (GOV.UK Pay under /pay, the emails sent through GOV.UK Notify at /notify/). */
    public String standInsUrl() {
        return "http://127.0.0.1:" + ports.get(STAND_INS);
    }

    /** An address on the management port of {@code service} (health, metrics), which the public never reaches. */
    public URI management(String service, String path) {
        return URI.create("http://127.0.0.1:" + managementPorts.get(service) + path);
    }

    public String staffPassword(String role) {
        return staffPasswords.get(role);
    }

    /** The Kafka broker every service uses, a process of its own: it can be stopped, crashed and started again. */
    public KafkaProcess kafka() {
        return kafka;
    }

    /** Crashes a service: SIGKILL, no shutdown hooks, requests in flight cut off. {@link #start} brings it back. */
    public synchronized void kill(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            process.destroyForcibly();
            try {
                process.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public synchronized void stop(String service) {
        Process process = processes.remove(service);
        if (process != null) {
            end(process);
        }
    }

    private static void end(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public synchronized void start(String service) {
        if (processes.containsKey(service)) {
            return;
        }
        Process process = launch(service, environment(service), work.resolve(service + ".log"));
        processes.put(service, process);
        awaitReady(service, process, managementPorts.get(service), work.resolve(service + ".log"));
    }

    /** How another process of a service fared: whether it became ready, and what it logged. */
    public record Trial(boolean ready, String log) {
    }

    /**
     * Starts another process of a service beside the running system, on ports of its own and with some
     * settings changed, waits until it is ready or has exited, and stops it.
     */
    public Trial trial(String service, Map<String, String> changes) {
        int management = FreePorts.any();
        Map<String, String> env = environment(service);
        env.put("QUARKUS_HTTP_PORT", String.valueOf(FreePorts.any()));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(management));
        env.putAll(changes);
        Path log = work.resolve(service + "-trial-" + management + ".log");
        Process process = launch(service, env, log);
        try {
            boolean ready;
            try {
                awaitReady(service, process, management, log);
                ready = true;
            } catch (Exited exited) {
                ready = false;
            }
            return new Trial(ready, Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            end(process);
        }
    }

    private Process launch(String service, Map<String, String> env, Path log) {
        Path jar = root.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the services first (mvn verify does)");
        }
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:+UseSerialGC", "-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + service, e);
        }
    }

    /**
     * Moves the clock of {@code service} (started with a movable clock) so that it is now {@code at}; null puts it
     * back to the real time. Through the service's management port, which the public never reaches.
     */
    public void moveClock(String service, Instant at) {
        String body = at == null ? "{}" : "{\"at\":\"" + at + "\"}";
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + managementPorts.get(service) + "/q/clock"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body))
                    .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(service + " refused to move its clock: " + answer.statusCode() + " "
                        + answer.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * The deadline of open notice {@code id} passes: the opportunities service's clock moves to just after it, and
     * the service closes the notice, as on the day (a buyer cannot close it sooner). The clock goes back when the
     * test ends ({@link DeadlineClockReset}).
     *
     * @return the time it is now on the service's clock, moving on from there
     */
    public Instant deadlinePasses(Object id) {
        String notice = "http://127.0.0.1:" + ports.get(OPPORTUNITIES) + "/api/opportunities/opportunities/" + id;
        Instant closingAt = Instant.parse(RestAssured.get(notice).then()
                .statusCode(200).extract().path("closingAt"));
        Instant now = closingAt.plusSeconds(1);
        deadlineMoved = true;
        moveClock(OPPORTUNITIES, now);
        Awaitility.await().atMost(Duration.ofSeconds(15)).until(() -> "CLOSED".equals(
                RestAssured.get(notice).then().statusCode(200).extract().path("status")));
        return now;
    }

    /** Everyone's email: what the services asked the GOV.UK Notify stand-in to send. */
    public Mailbox mailbox() {
        return mailbox;
    }

    private void startAll() {
        kafka.start();
        mailbox = new Mailbox(standInsUrl());
        for (String service : List.of(STAND_INS, LICENSING, OPPORTUNITIES, GATEWAY, PORTAL)) {
            start(service);
        }
    }

    private void stopAll() {
        for (String service : List.copyOf(processes.keySet())) {
            stop(service);
        }
        kafka.stop();
    }

    private Map<String, String> environment(String service) {
        if (service.equals(STAND_INS)) {
            // no database, no broker: Pay's pages and API, and its webhooks to the licensing service (through the gateway)
            Map<String, String> env = new LinkedHashMap<>();
            env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
            env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)));
            env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
            env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
            env.put("STANDINS_PAY_PUBLIC_URL", standInsUrl());
            env.put("STANDINS_PAY_WEBHOOK_URL", gatewayUrl() + "/api/licensing/payments/webhooks");
            // Notify's delivery receipts go to the callbacks of licensing and the gateway, through the gateway
            env.put("ONESTOP_NOTIFY_API_KEY", NOTIFY_API_KEY);
            env.put("ONESTOP_NOTIFY_CALLBACK_URLS", gatewayUrl() + "/api/licensing/mail/notify-receipts,"
                    + gatewayUrl() + "/api/notify-receipts");
            env.put("ONESTOP_NOTIFY_CALLBACK_TOKEN", NOTIFY_CALLBACK_TOKEN);
            return env;
        }
        EmbeddedPostgres postgres = EmbeddedPostgres.shared();
        String database = service.replace("-service", "");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_HTTP_PORT", String.valueOf(ports.get(service)));
        env.put("QUARKUS_MANAGEMENT_PORT", String.valueOf(managementPorts.get(service)));
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_MANAGEMENT_HOST", "127.0.0.1");
        env.put("QUARKUS_DATASOURCE_JDBC_URL", postgres.database(database));
        env.put("QUARKUS_DATASOURCE_USERNAME", postgres.username());
        env.put("QUARKUS_DATASOURCE_PASSWORD", postgres.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers());
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", gatewayUrl() + "/.well-known/jwks.json");
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        // links in emails point at this gateway
        env.put("ONESTOP_MAIL_MOCK", "false");
        env.put("ONESTOP_PUBLIC_URL", gatewayUrl());
        // no silent fakes: the services run the prod profile, which refuses the stand-ins unless allowed
        env.put("ONESTOP_ALLOW_STAND_INS", STAND_INS_ALLOWED);
        if (!service.equals(PORTAL)) {
            // the real services a council configures, played by the stand-ins with deploy/local/up's settings:
            // every email and text through GOV.UK Notify, company numbers checked at Companies House, addresses by OS Places
            env.put("ONESTOP_MAIL_ROUTE", "notify");
            env.put("ONESTOP_NOTIFY_URL", standInsUrl() + "/notify");
            env.put("ONESTOP_NOTIFY_API_KEY", NOTIFY_API_KEY);
            env.put("ONESTOP_NOTIFY_TEMPLATE", NOTIFY_TEMPLATE);
            env.put("ONESTOP_NOTIFY_TEXT_TEMPLATE", NOTIFY_TEXT_TEMPLATE);
            env.put("ONESTOP_NOTIFY_CALLBACK_TOKEN", NOTIFY_CALLBACK_TOKEN);
            env.put("ONESTOP_COMPANIES_HOUSE_URL", standInsUrl() + "/companies-house");
            env.put("ONESTOP_COMPANIES_HOUSE_API_KEY", "local-companies-house-key");
            env.put("ONESTOP_OS_PLACES_URL", standInsUrl() + "/os-places");
            env.put("ONESTOP_OS_PLACES_API_KEY", "local-os-places-key");
        }
        if (service.equals(LICENSING)) {
            env.put("LICENSING_DOCUMENTS_DIR", work.resolve("documents").toString());
            env.put("ONESTOP_PAY_URL", standInsUrl() + "/pay");
            // the Licensing Act's periods (consultation, hearing, appeal) are walked by moving this clock too
            env.put("ONESTOP_CLOCK_MOVABLE", "true");
            env.put("ONESTOP_ALLOW_INSECURE_DEFAULTS", "movable-clock");
        }
        if (service.equals(OPPORTUNITIES)) {
            env.put("OPPORTUNITIES_DOCUMENTS_DIR", work.resolve("opportunities-documents").toString());
            // the Procurement Act's periods (tender deadline, standstill) are walked by moving this service's clock,
            // see moveClock; a notice whose deadline has passed is closed within a second of it
            env.put("ONESTOP_CLOCK_MOVABLE", "true");
            env.put("OPPORTUNITIES_CLOSING_EVERY", "1s");
            env.put("ONESTOP_ALLOW_INSECURE_DEFAULTS", "movable-clock");
        }
        if (service.equals(GATEWAY)) {
            env.put("ONESTOP_LICENSING_URL", "http://127.0.0.1:" + ports.get(LICENSING));
            env.put("ONESTOP_OPPORTUNITIES_URL", "http://127.0.0.1:" + ports.get(OPPORTUNITIES));
            env.put("ONESTOP_PORTAL_URL", "http://127.0.0.1:" + ports.get(PORTAL));
            // the portal's "Pay" form leads to the Pay stand-in's payment page
            env.put("ONESTOP_PAY_PAGES", standInsUrl());
            // the portal calls the API on behalf of browsers: their address, which it forwards, is the client's
            env.put("ONESTOP_PROXY_FORWARDING", "true");
            env.put("ONESTOP_TRUSTED_PROXIES", "127.0.0.1");
            env.put("ONESTOP_KEYS_ENCRYPTION_KEY", keysEncryptionKey);
            // no folder of former keys to import: the keys are made in the gateway's database
            env.put("ONESTOP_KEYS_DIR", work.resolve("former-keys").toString());
            env.put("ONESTOP_OFFICER_PASSWORD", staffPasswords.get("officer"));
            env.put("ONESTOP_BUYER_PASSWORD", staffPasswords.get("buyer"));
            env.put("ONESTOP_ADMIN_PASSWORD", staffPasswords.get("admin"));
            env.put("ONESTOP_POLICE_PASSWORD", staffPasswords.get("police"));
            env.put("ONESTOP_ENVIRONMENTAL_HEALTH_PASSWORD", staffPasswords.get("environmental-health"));
            // every test signs in from 127.0.0.1: lift the per-address sign-in limit that guards production
            env.put("ONESTOP_RATE_AUTH_PER_MINUTE", "10000");
        }
        if (service.equals(PORTAL)) {
            env.put("ONESTOP_API_URL", gatewayUrl());
            // a browser learns of a sign-out elsewhere at its next refresh: soon, so that tests need not wait long
            env.put("ONESTOP_SESSION_REFRESH_EVERY", "2s");
        }
        return env;
    }

    /** Waits until the process answers ready on its management port; throws IllegalStateException if it exits. */
    private static void awaitReady(String service, Process process, int managementPort, Path log) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        URI ready = URI.create("http://127.0.0.1:" + managementPort + "/q/health/ready");
        Awaitility.await(service + " ready (log: " + log + ")")
                .atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofMillis(250))
                .ignoreExceptionsMatching(e -> !(e instanceof Exited))
                .until(() -> {
                    if (!process.isAlive()) {
                        throw new Exited(service + " exited; see " + log);
                    }
                    return http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                });
    }

    /** The process ended before it was ready. */
    private static final class Exited extends IllegalStateException {
        Exited(String message) {
            super(message);
        }
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

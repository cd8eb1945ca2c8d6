package onestop.system.faults;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import onestop.platform.testing.EmbeddedPostgres;
import onestop.system.Api;
import onestop.system.RunningSystem;

/**
 * Crashes under load, one part at a time: SIGKILL to Kafka, then to the licensing service, then to PostgreSQL, each
 * started again while a steady stream of writes goes on through the gateway. Afterwards every write the system
 * acknowledged is there, every grant's events had their effect exactly once in every consumer (the supplier's
 * licence projection in opportunities-service, the holder's inbox in the gateway), nothing was dead-lettered and
 * every outbox drained. The figures (writes acknowledged, lost, duplicated, time to recover) are written to
 * {@code system-tests/target/fault-suite.md}, the source of bench/RESULTS.md's fault-suite section.
 */
class FaultSuiteIT {

    private static final Logger LOG = Logger.getLogger(FaultSuiteIT.class);
    private static final int GRANTS = 16;
    private static final Duration DOWN = Duration.ofSeconds(6);
    private static final List<String> SERVICES = List.of(RunningSystem.LICENSING, RunningSystem.OPPORTUNITIES,
            RunningSystem.GATEWAY, RunningSystem.PORTAL);
    private static final List<String> PUBLISHERS = List.of(RunningSystem.LICENSING, RunningSystem.OPPORTUNITIES,
            RunningSystem.GATEWAY);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static RunningSystem system;

    /** What one crash cost: how long the part was kept down and how long the system took to serve again after. */
    record Recovery(String fault, Duration down, Duration recovered) {
    }

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void crashesOfKafkaAServiceAndPostgresUnderLoadLoseNothingAndDuplicateNothing() throws Exception {
        List<SteadyLoad.Pending> pending = new ArrayList<>();
        for (int i = 0; i < GRANTS; i++) {
            Api.Business holder = Api.registerBusiness("Fault Suite Cars " + i + " Ltd");
            pending.add(new SteadyLoad.Pending(Api.validatedPrivateHireDriverApplication(system, holder), holder));
        }
        SteadyLoad load = new SteadyLoad(system.gatewayUrl(), Api.registerBusiness("Fault Suite Drafts Ltd"),
                Api.staffToken(system, "officer"), pending);
        List<Recovery> recoveries = new ArrayList<>();

        load.start();
        try {
            awaitProgress(load);
            recoveries.add(crash("Kafka broker", () -> system.kafka().kill(), () -> system.kafka().start(),
                    () -> PUBLISHERS.stream().allMatch(s -> status(s, "/q/health/group/events") == 200)));
            awaitProgress(load);
            recoveries.add(crash("licensing-service", () -> {
                load.killing("/api/licensing/");
                system.kill(RunningSystem.LICENSING);
            }, () -> system.start(RunningSystem.LICENSING), () -> true));
            awaitProgress(load);
            recoveries.add(crash("PostgreSQL", () -> EmbeddedPostgres.shared().crash(),
                    () -> EmbeddedPostgres.shared().start(),
                    () -> SERVICES.stream().allMatch(s -> status(s, "/q/health/ready") == 200)));
            awaitProgress(load);
            Awaitility.await("every application decided").atMost(Duration.ofSeconds(120))
                    .until(() -> load.acknowledgedGrants().size() == GRANTS);
        } finally {
            load.stop();
        }

        int lostDrafts = lostDrafts(load);
        Outcome grants = awaitGrantEffects(load);
        long deadLettered = DeadLetterTopics.records(system.kafka().bootstrapServers());
        for (String service : PUBLISHERS) {
            Awaitility.await(service + "'s outbox drained").atMost(Duration.ofSeconds(60))
                    .until(() -> metric(service, "onestop_outbox_backlog") == 0);
        }
        FaultFigures.write(Path.of("target/fault-suite.md"), recoveries, load, lostDrafts, grants, deadLettered);

        assertThat(load.drafts()).as("drafts acknowledged").isGreaterThan(10);
        assertThat(lostDrafts).as("acknowledged drafts missing afterwards").isZero();
        assertThat(grants.missing()).as("grants whose events never arrived").isZero();
        assertThat(grants.duplicated()).as("grants whose events arrived twice").isZero();
        assertThat(deadLettered).as("events in the dead-letter topics").isZero();
        assertThat(load.internalErrors()).as("5xx answers other than 503 while parts were down").isEmpty();
    }

    /** Grants whose effects never arrived, and grants whose effects arrived more than once. */
    record Outcome(int missing, int duplicated) {
    }

    private static Recovery crash(String part, Runnable kill, Runnable restart, Callable<Boolean> serving)
            throws Exception {
        LOG.infof("Crashing %s under load", part);
        kill.run();
        Thread.sleep(DOWN.toMillis()); // the part stays down while the load goes on
        long restarted = System.nanoTime();
        restart.run();
        Awaitility.await(part + ": the system serving again").atMost(Duration.ofSeconds(180))
                .pollInterval(Duration.ofMillis(200)).ignoreExceptions().until(serving);
        Duration recovered = Duration.ofNanos(System.nanoTime() - restarted);
        LOG.infof("%s recovered in %d ms", part, recovered.toMillis());
        return new Recovery(part, DOWN, recovered);
    }

    /** Waits until the load has had three more drafts acknowledged: the system is writing again. */
    private static void awaitProgress(SteadyLoad load) {
        int before = load.drafts();
        Awaitility.await("writes acknowledged again").atMost(Duration.ofSeconds(120))
                .until(() -> load.drafts() >= before + 3);
    }

    private static int lostDrafts(SteadyLoad load) {
        int lost = 0;
        String owner = load.drafter().token();
        for (String id : load.acknowledgedDrafts()) {
            if (as(owner).when().get(Api.LICENSING + "/applications/" + id).statusCode() != 200) {
                lost++;
            }
        }
        return lost;
    }

    private static Outcome awaitGrantEffects(SteadyLoad load) {
        List<SteadyLoad.Pending> granted = List.copyOf(load.acknowledgedGrants());
        Awaitility.await("every grant in the projection and the inbox").atMost(Duration.ofSeconds(180))
                .ignoreExceptions().until(() -> granted.stream().allMatch(g -> licences(g) >= 1 && issued(g) >= 1));
        int missing = 0;
        int duplicated = 0;
        for (SteadyLoad.Pending grant : granted) {
            int licences = licences(grant);
            int issued = issued(grant);
            missing += licences == 0 || issued == 0 ? 1 : 0;
            duplicated += licences > 1 || issued > 1 ? 1 : 0;
        }
        return new Outcome(missing, duplicated);
    }

    private static int licences(SteadyLoad.Pending grant) {
        return as(grant.holder().token()).when().get(Api.OPPORTUNITIES + "/suppliers/me/licences")
                .then().statusCode(200).extract().jsonPath().getList("licenceTypeCode").size();
    }

    private static int issued(SteadyLoad.Pending grant) {
        return (int) as(grant.holder().token()).when().get("/api/me/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.kind").stream()
                .filter("licence-issued"::equals).count();
    }

    static int status(String service, String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(system.management(service, path)).timeout(Duration.ofSeconds(5))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static double metric(String service, String name) throws Exception {
        URI uri = system.management(service, "/q/metrics");
        String body = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return body.lines().filter(line -> line.startsWith(name + "{") || line.startsWith(name + " "))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}

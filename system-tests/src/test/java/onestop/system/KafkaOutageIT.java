package onestop.system;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/**
 * A Kafka outage takes nothing out of service: every process stays ready (so no load balancer drops it), the
 * health group {@code events} says Kafka is away, writes through the gateway succeed with their events waiting in
 * the outbox, and once Kafka is back every event arrives: a licence granted during the outage reaches the
 * supplier's licence projection (opportunities-service) and the holder's inbox (gateway).
 */
class KafkaOutageIT {

    private static final List<String> SERVICES = List.of(RunningSystem.LICENSING, RunningSystem.OPPORTUNITIES,
            RunningSystem.GATEWAY, RunningSystem.PORTAL);
    private static final List<String> EVENT_USERS = List.of(RunningSystem.LICENSING, RunningSystem.OPPORTUNITIES,
            RunningSystem.GATEWAY);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void withKafkaStoppedEveryServiceStaysReadyWritesSucceedAndAllIsDeliveredOnceKafkaIsBack() throws Exception {
        Api.Business business = Api.registerBusiness("Digbeth Cabs Ltd");

        system.kafka().stop();
        try {
            // the broker check fails at its first call after the stop; give a loaded machine time to make it
            for (String service : EVENT_USERS) {
                Awaitility.await(service + " events group DOWN").atMost(Duration.ofSeconds(60))
                        .until(() -> status(service, "/q/health/group/events") == 503);
            }
            for (String service : SERVICES) {
                assertThat(status(service, "/q/health/ready")).as(service + " ready while Kafka is away").isEqualTo(200);
                assertThat(status(service, "/q/health/live")).as(service + " live while Kafka is away").isEqualTo(200);
            }

            Api.grantPrivateHireDriverLicence(system, business);

            for (String service : SERVICES) {
                assertThat(status(service, "/q/health/ready")).as(service + " still ready").isEqualTo(200);
            }
        } finally {
            system.kafka().start();
        }

        Awaitility.await("the licence in the supplier's licence projection").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> as(business.token()).when().get(Api.OPPORTUNITIES + "/suppliers/me/licences")
                        .then().statusCode(200).body("licenceTypeCode", hasItem("PRIVATE_HIRE_DRIVER")));
        Awaitility.await("the licence in the holder's inbox").atMost(Duration.ofSeconds(120))
                .untilAsserted(() -> as(business.token()).when().get("/api/me/notifications")
                        .then().statusCode(200).body("items.kind", hasItem("licence-issued")));
        for (String service : EVENT_USERS) {
            Awaitility.await(service + " events group UP again").atMost(Duration.ofSeconds(120))
                    .until(() -> status(service, "/q/health/group/events") == 200);
        }
        // delivered once: one licence in the projection, one notice in the inbox
        assertThat(as(business.token()).when().get(Api.OPPORTUNITIES + "/suppliers/me/licences")
                .then().statusCode(200).extract().jsonPath().getList("licenceTypeCode")).containsExactly("PRIVATE_HIRE_DRIVER");
        assertThat(as(business.token()).when().get("/api/me/notifications")
                .then().statusCode(200).extract().jsonPath().getList("items.kind")).containsOnlyOnce("licence-issued");
    }

    private static int status(String service, String path) throws Exception {
        URI uri = system.management(service, path);
        return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(15)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}

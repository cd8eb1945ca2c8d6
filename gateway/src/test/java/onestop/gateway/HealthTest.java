package onestop.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;

import java.net.URL;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.routing.FakeLicensingService;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Health and metrics answer on the management port only; the public port does not know them. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class HealthTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/group/events", management = true)
    URL events;

    @Test
    void readyWhenTheDatabaseIsUpAndTheEventsGroupWatchesKafkaAndTheNotificationsConsumer() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.status", hasItems("UP"));
        given().when().get(events)
                .then().statusCode(200)
                .body("checks.name", hasItems("kafka-brokers", "event-consumers"));
    }

    @Test
    void thePublicPortHasNoHealthMetricsOrOtherOperationsPages() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live", "/q/openapi", "/q/info",
                "/q/swagger-ui", "/q/swagger-ui/index.html")) {
            given().when().get(path).then().statusCode(404);
        }
    }

    @Test
    void aThousandIdsAreOneSeriesThatNamesNone() throws Exception {
        try (FakeLicensingService licensing = new FakeLicensingService(TestPorts.licensing())) {
            for (int i = 0; i < 1000; i++) {
                given().when().get("/api/licensing/things/" + UUID.randomUUID()).then().statusCode(200);
            }
        }
        String all = given().when().get(metrics).then().statusCode(200).extract().asString();
        List<String> series = all.lines().filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
        List<String> things = series.stream().filter(line -> line.contains("/api/licensing/things/")).toList();
        assertThat(things).hasSize(1);
        assertThat(things.get(0)).contains("uri=\"/api/licensing/things/{id}\"").contains("} 1000.0");
        assertThat(series.size()).isLessThan(50);
        // nor does any other meter, the proxy's own calls to the service included
        Pattern anId = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        assertThat(all.lines()).noneMatch(line -> anId.matcher(line).find());
    }

    @Test
    void refusalsOfMadeUpWordsAreNoSeriesEither() {
        // refused at the edge (a trailing slash), and refused because opportunities-service is not running here
        for (int i = 0; i < 300; i++) {
            String word = "made" + Long.toString(i * 7919L + 100_000, 36);
            given().when().get("/api/licensing/" + word + "/").then().statusCode(400);
            given().when().get("/api/opportunities/" + word).then().statusCode(greaterThanOrEqualTo(500));
        }
        List<String> series = given().when().get(metrics).then().statusCode(200).extract().asString().lines()
                .filter(line -> line.startsWith("http_server_requests_seconds_count{")).toList();
        assertThat(series).noneMatch(line -> line.contains("/made"));
        assertThat(series.size()).isLessThan(50);
    }

    @Test
    void theOpenApiDocumentDescribesTheKeySet() {
        given().when().get("/api/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/.well-known/jwks.json'.get.summary", equalTo(
                        "The public keys that verify the gateway's access tokens (JWKS)"));
    }
}

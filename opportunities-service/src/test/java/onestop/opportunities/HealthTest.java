package onestop.opportunities;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import onestop.platform.health.EventsHealthMetric;
import onestop.platform.testing.EmbeddedKafka;

/** Health and metrics on the management port only; the OpenAPI document public under the service's prefix. */
@OpportunitiesTest
class HealthTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL ready;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/group/events", management = true)
    URL events;

    @TestHTTPResource(value = "/health/started", management = true)
    URL started;

    @Inject
    EventsHealthMetric eventsMetric;

    @Test
    void readyWhenTheDatabaseIsAndTheEventsGroupWatchesKafkaAndTheConsumers() {
        given().when().get(ready)
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check"))
                .body("checks.name", not(hasItems("kafka-brokers")));
        given().when().get(events)
                .then().statusCode(200)
                .body("checks.name", hasItems("kafka-brokers", "event-consumers"));
    }

    @Test
    void aKafkaOutageTakesNothingOutOfServiceButShowsInTheEventsGroup() {
        EmbeddedKafka.shared().stop();
        try {
            given().when().get(ready).then().statusCode(200).body("status", is("UP"));
            given().when().get(events).then().statusCode(503)
                    .body("checks.find { it.name == 'kafka-brokers' }.status", is("DOWN"));
            eventsMetric.evaluate();
            given().when().get(metrics).then().statusCode(200).body(containsString("onestop_events_up 0.0"));
            // and requests are served meanwhile
            given().when().get("/api/opportunities/opportunities").then().statusCode(200);
        } finally {
            EmbeddedKafka.shared().start();
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given().when().get(events).then().statusCode(200));
        eventsMetric.evaluate();
        given().when().get(metrics).then().statusCode(200).body(containsString("onestop_events_up 1.0"));
    }

    @Test
    void startedOnceFlywayHasNothingPending() {
        given().when().get(started)
                .then().statusCode(200)
                .body("checks.find { it.name == 'database-migrations' }.status", is("UP"))
                .body("checks.find { it.name == 'database-migrations' }.data.pending", is(0));
    }

    @Test
    void publishesOpenApiAndPrometheusMetrics() {
        given().when().get("/api/opportunities/openapi?format=json")
                .then().statusCode(200).body("paths", hasKey("/api/opportunities/opportunities"));
        given().when().get(metrics)
                .then().statusCode(200).body(containsString("onestop_outbox_backlog"));
    }

    @Test
    void thePublicPortHasNoHealthOrMetrics() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/openapi", "/q/swagger-ui")) {
            given().when().get(path).then().statusCode(404);
        }
    }
}

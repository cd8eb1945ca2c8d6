package onestop.opportunities;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

@OpportunitiesTest
class HealthTest {

    @Test
    void readyWhenTheDatabaseAndKafkaAre() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"));
    }

    @Test
    void publishesOpenApiAndPrometheusMetrics() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200).body("paths", org.hamcrest.Matchers.hasKey("/api/opportunities/opportunities"));
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("onestop_outbox_backlog"));
    }
}

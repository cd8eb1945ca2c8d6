package onestop.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class HealthTest {

    @Test
    void readyWhenTheDatabaseAndKafkaAreUp() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka connection health check"))
                .body("checks.status", hasItems("UP"));
    }

    @Test
    void theOpenApiDocumentDescribesTheKeySet() {
        given().when().get("/q/openapi?format=json")
                .then().statusCode(200)
                .body("paths.'/.well-known/jwks.json'.get.summary", equalTo(
                        "The public keys that verify the gateway's access tokens (JWKS)"));
    }
}

package onestop.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.OpenApiContract;

/** The gateway's own document holds the same contract as the services' (onestop.platform.openapi). */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class OpenApiContractTest {

    @Test
    void everyOwnOperationHasAUniqueIdSecurityAndProblemAnswers() throws Exception {
        String body = given().when().get("/api/openapi/gateway?format=json").then().statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(body);
        OpenApiContract.write(document, Path.of("target", "openapi.json"));
        assertThat(OpenApiContract.faults(document)).isEmpty();
    }

    @Test
    void theDocsPageIsSwaggerUiFromTheWebjarShowingTheWholeApi() {
        given().redirects().follow(false).when().get("/api/docs").then().statusCode(org.hamcrest.Matchers.either(
                org.hamcrest.Matchers.is(200)).or(org.hamcrest.Matchers.is(301)).or(org.hamcrest.Matchers.is(302)));
        String page = given().when().get("/api/docs/").then().statusCode(200).contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self' 'unsafe-inline'"))
                .extract().asString();
        assertThat(page).containsIgnoringCase("swagger").doesNotContain("https://cdn").doesNotContain("unpkg.com");
        String config = given().when().get("/api/docs/index.html").then().statusCode(200).extract().asString();
        assertThat(config).contains("/api/openapi");
        // elsewhere the strict policy stays
        given().when().get("/api/openapi/gateway").then()
                .header("Content-Security-Policy", org.hamcrest.Matchers.not(containsString("unsafe-inline")));
    }
}

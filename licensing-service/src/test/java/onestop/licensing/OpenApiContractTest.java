package onestop.licensing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.platform.testing.OpenApiContract;

/**
 * The published document is a contract for every route, also one added later: a unique operationId, a security
 * requirement, its error answers as problem documents (onestop.platform.openapi.ApiDocumentFilter).
 */
@LicensingTest
class OpenApiContractTest {

    @Test
    void everyOperationHasAUniqueIdSecurityAndProblemAnswers() throws Exception {
        String body = given().when().get("/api/licensing/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(body);
        OpenApiContract.write(document, Path.of("target", "openapi.json"));
        assertThat(OpenApiContract.faults(document)).isEmpty();
    }
}

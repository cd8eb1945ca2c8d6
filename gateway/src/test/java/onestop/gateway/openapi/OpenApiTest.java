package onestop.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestPorts;
import onestop.gateway.routing.FakeLicensingService;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class OpenApiTest {

    static FakeLicensingService licensing;

    @BeforeAll
    static void startLicensing() throws Exception {
        licensing = new FakeLicensingService(TestPorts.licensing());
    }

    @AfterAll
    static void stopLicensing() throws Exception {
        licensing.close();
    }

    @Test
    void oneDocumentDescribesTheGatewayAndTheServicesThatAnsweredAndNamesTheOneThatDidNot() {
        given().when().get("/api/openapi?format=json")
                .then().statusCode(200)
                .contentType("application/json")
                .body("info.title", equalTo("OneStop API"))
                .body("paths.'/api/auth/register'.post", notNullValue())
                .body("paths.'/api/me/dashboard'.get", notNullValue())
                .body("paths.'/api/licensing/licences'.get.summary", equalTo("Licences"))
                .body("components.schemas.LicenceView", notNullValue())
                .body("info.x-partial", equalTo(true))
                .body("info.x-missing", contains("opportunities"));
    }

    @Test
    void itCanBeHadAsYaml() {
        given().when().get("/api/openapi?format=yaml")
                .then().statusCode(200).contentType("application/yaml");
    }
}

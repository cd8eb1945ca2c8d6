package onestop.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class PortalFailuresTest {

    @Test
    void aPageThatFailsShowsTheServicesErrorPageNotAProblemDocument() {
        given().accept("text/html,application/xhtml+xml").when().get("/broken-page")
                .then().statusCode(500).contentType(startsWith("text/html"))
                .body(containsString("<title>Sorry, there is a problem with the service"))
                .body(containsString("quote reference"))
                .body(not(containsString("a bug in a page")));
    }

    @Test
    void anApiAddressThatFailsStillAnswersAProblemDocument() {
        given().accept("application/json").when().get("/api/broken")
                .then().statusCode(500).contentType("application/problem+json")
                .body(not(containsString("a bug in the API")));
    }
}

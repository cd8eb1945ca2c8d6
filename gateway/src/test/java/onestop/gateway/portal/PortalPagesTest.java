package onestop.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
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
class PortalPagesTest {

    @Test
    void theStartPageSaysWhatYouCanDoHere() {
        given().accept("text/html").when().get("/")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<title>Do business with the council – OneStop – Birmingham City Council</title>"))
                .body(containsString("href=\"/licences/apply\""))
                .body(containsString("href=\"/opportunities\""))
                .body(containsString("href=\"/licences/register\""))
                .body(containsString("href=\"/create-account\""))
                .body(containsString("govuk-phase-banner"));
    }

    @Test
    void theServicePagesArePublished() {
        given().when().get("/cookies").then().statusCode(200).body(containsString("onestop_session"));
        given().when().get("/privacy").then().statusCode(200).body(containsString("data controller"));
        given().when().get("/accessibility").then().statusCode(200)
                .body(containsString("Accessibility statement for OneStop"))
                .body(containsString("Enforcement procedure"));
    }

    @Test
    void anUnknownPageIsA404InTheServiceStyle() {
        given().accept("text/html,application/xhtml+xml").when().get("/no-such-page")
                .then().statusCode(404).contentType(startsWith("text/html"))
                .body(containsString("Page not found"))
                .body(containsString("govuk-header"));
    }

    @Test
    void anUnknownApiAddressIsStillAProblemDocument() {
        given().accept("text/html").when().get("/api/no-such-thing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theDesignSystemStylesAndFontsAreServed() {
        given().when().get("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css")
                .then().statusCode(200).contentType(startsWith("text/css"));
        given().when().get("/assets/images/favicon.ico")
                .then().statusCode(200);
        given().when().get("/portal/js/init.js")
                .then().statusCode(200).body(containsString("js-enabled"));
    }

    @Test
    void pagesWorkWithoutJavaScriptBecauseNothingNeedsIt() {
        given().when().get("/")
                .then().statusCode(200)
                .body(containsString("<script type=\"module\" src=\"/portal/js/start.js\"></script>"))
                .body("html.head.title.size()", is(1));
    }

    @Test
    void searchFiltersThatCannotBeReadAreShownTheGovukWay() {
        given().queryParam("q", "roof repairs").when().get("/opportunities?minValue=lots&maxValue=&type=TENDER&smeSuitable=true")
                .then().statusCode(200)
                .body(containsString("<title>Error: Find contract opportunities"))
                .body(containsString("Enter a minimum value in pounds, like 25000"))
                .body(containsString("href=\"#minValue\""))
                .body(containsString("govuk-input--error"))
                .body(containsString("value=\"roof repairs\""))
                .body(containsString("id=\"type-TENDER\" name=\"type\" type=\"checkbox\" value=\"TENDER\" checked"));
    }
}

package onestop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/** The public portal pages, served by the gateway from the real services' APIs. */
class PortalIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void theOpportunitySearchPageShowsTheFiltersAndACount() {
        given().accept("text/html").when().get("/opportunities?q=cleaning&sort=closing")
                .then().statusCode(200).contentType(startsWith("text/html"))
                .body(containsString("<h1 class=\"govuk-heading-xl\">Find contract opportunities</h1>"))
                .body(containsString("id=\"result-count\""))
                .body(containsString("value=\"cleaning\""));
    }

    @Test
    void aValueThatIsNotMoneyIsShownAsAGovukError() {
        given().accept("text/html").when().get("/opportunities?minValue=lots")
                .then().statusCode(200)
                .body(containsString("<title>Error: Find contract opportunities"))
                .body(containsString("govuk-error-summary"))
                .body(containsString("Enter a minimum value in pounds, like 25000"))
                .body(containsString("href=\"#minValue\""));
    }

    @Test
    void theRegisterSearchOffersEveryLicenceType() {
        given().accept("text/html").when().get("/licences/register?postcode=B1")
                .then().statusCode(200)
                .body(containsString("Search the licence register"))
                .body(containsString("<option value=\"PREMISES_LICENCE\""))
                .body(containsString("id=\"result-count\""));
    }

    @Test
    void aPageWhoseServiceIsDownSaysSoInTheServiceStyle() {
        system.stop(RunningSystem.OPPORTUNITIES);
        try {
            given().accept("text/html").when().get("/opportunities")
                    .then().statusCode(503).contentType(startsWith("text/html"))
                    .body(containsString("Sorry, there is a problem with the service"))
                    .body(containsString("govuk-header"));
        } finally {
            system.start(RunningSystem.OPPORTUNITIES);
        }
    }
}

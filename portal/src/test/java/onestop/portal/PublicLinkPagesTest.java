package onestop.portal;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The pages of licensing's emailed links: opening a link changes nothing (no API call; the API is away here), it
 * shows a button that posts the token with the form's CSRF token; a post without that token changes nothing either.
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class PublicLinkPagesTest {

    @Test
    void openingARepresentationLinkOnlyShowsTheButton() {
        given().when().get("/licensing/representations/confirm?token=abc123")
                .then().statusCode(200)
                .body(containsString("Confirm your representation"))
                .body(containsString("action=\"/licensing/representations/confirm\""))
                .body(containsString("name=\"token\" value=\"abc123\""))
                .body(containsString("name=\"csrf\""))
                .cookie("onestop_csrf");
    }

    @Test
    void openingAnAlertOrUnsubscribeLinkOnlyShowsTheButton() {
        given().when().get("/licensing/area-alerts/confirm?token=t1")
                .then().statusCode(200).body(containsString("Confirm your alerts"))
                .body(containsString("name=\"token\" value=\"t1\""));
        given().when().get("/licensing/area-alerts/unsubscribe?token=t2")
                .then().statusCode(200).body(containsString("Stop these emails"))
                .body(containsString(">Unsubscribe</button>"));
    }

    @Test
    void aPostWithoutTheFormsCsrfTokenChangesNothing() {
        given().contentType("application/x-www-form-urlencoded").formParam("token", "t3").formParam("csrf", "forged")
                .when().post("/licensing/area-alerts/unsubscribe")
                .then().statusCode(200).body(containsString(">Unsubscribe</button>"))
                .body(not(containsString("You have unsubscribed")));
    }

    @Test
    void theConsultationsPageWithoutFiltersNeedsOnlyTheApi() {
        // the API is away here: the service's "unavailable" page (503), not a failure of the page itself (500)
        given().accept("text/html").when().get("/licensing/consultations")
                .then().statusCode(503);
    }
}

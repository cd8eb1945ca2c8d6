package onestop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Portal sessions on the running system: new at every sign-in, and ended by a password change or "sign out
 * everywhere" elsewhere (at the session's next refresh, two seconds here). Idleness: the portal's own test.
 */
class PortalSessionIT {

    private static final String CSRF = "a-csrf-token-of-the-anonymous-forms-000000";
    private static final String NEW_PASSWORD = "orchid lantern pebble 31";

    @BeforeAll
    static void start() {
        RestAssured.baseURI = RunningSystem.shared().gatewayUrl();
    }

    @Test
    void signingInAlwaysStartsANewSession() {
        Api.Business user = Api.registerBusiness("Session Test Ltd");
        String planted = "a-session-token-someone-planted-before-sign-in-0000";
        String session = given().redirects().follow(false).cookie("onestop_session", planted)
                .cookie("onestop_csrf", CSRF).formParam("csrf", CSRF).formParam("email", user.email())
                .formParam("password", Api.PASSWORD).when().post("/sign-in")
                .then().statusCode(303).extract().cookie("onestop_session");
        assertThat(session).isNotEqualTo(planted);
        account(planted).then().statusCode(303);
    }

    @Test
    void changingThePasswordKeepsThisBrowserSignedInAndSignsOutEveryOther() {
        Api.Business user = Api.registerBusiness("Session Test Ltd");
        String here = signIn(user.email(), Api.PASSWORD);
        String elsewhere = signIn(user.email(), Api.PASSWORD);
        String csrf = given().cookie("onestop_session", here).when().get("/account/password")
                .then().statusCode(200).body(containsString("Change your password"))
                .extract().htmlPath().getString("**.find { it.@name == 'csrf' }.@value");

        String refused = change(here, csrf, "not my password", NEW_PASSWORD).then().statusCode(200).extract().asString();
        assertThat(refused).contains("Error: Change your password").contains("href=\"#currentPassword\"")
                .contains("Your current password is not right");
        assertThat(change(here, csrf, Api.PASSWORD, "short").asString()).contains("href=\"#password\"")
                .contains("Your new password must be at least 12 characters");

        Response changed = change(here, csrf, Api.PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith("/account?password=changed");
        String renewed = changed.cookie("onestop_session");
        given().cookie("onestop_session", renewed).when().get("/account?password=changed").then().statusCode(200)
                .body(containsString("Your password has been changed"));
        account(here).then().statusCode(303);
        endsSoon(elsewhere);
    }

    @Test
    void signingOutEverywhereEndsEveryBrowserAndEveryApiSignIn() {
        Api.Business user = Api.registerBusiness("Session Test Ltd");
        String here = signIn(user.email(), Api.PASSWORD);
        String elsewhere = signIn(user.email(), Api.PASSWORD);
        String refresh = given().contentType("application/json")
                .body(java.util.Map.of("email", user.email(), "password", Api.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(200).extract().path("refreshToken");
        String csrf = given().cookie("onestop_session", here).when().get("/account").then().statusCode(200)
                .body(containsString("Sign out everywhere"))
                .extract().htmlPath().getString("**.find { it.@name == 'csrf' }.@value");

        given().redirects().follow(false).cookie("onestop_session", here).formParam("csrf", "not the token")
                .when().post("/account/sign-out-everywhere").then().statusCode(403);
        account(elsewhere).then().statusCode(200);

        given().redirects().follow(false).cookie("onestop_session", here).formParam("csrf", csrf)
                .when().post("/account/sign-out-everywhere").then().statusCode(303);
        account(here).then().statusCode(303);
        endsSoon(elsewhere);
        given().contentType("application/json").body(java.util.Map.of("refreshToken", refresh))
                .when().post("/api/auth/refresh").then().statusCode(401);
    }

    private static String signIn(String email, String password) {
        return given().redirects().follow(false).cookie("onestop_csrf", CSRF).formParam("csrf", CSRF)
                .formParam("email", email).formParam("password", password).when().post("/sign-in")
                .then().statusCode(303).extract().cookie("onestop_session");
    }

    /** A session whose sign-in ended elsewhere ends at its next refresh; until then it shows the same page. */
    private static void endsSoon(String session) {
        Awaitility.await("the other browser signed out").atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(500)).until(() -> account(session).statusCode() == 303);
        account(session).then().header("Location", containsString("/sign-in"));
    }

    private static Response account(String session) {
        return given().redirects().follow(false).cookie("onestop_session", session).when().get("/account");
    }

    private static Response change(String session, String csrf, String current, String password) {
        return given().redirects().follow(false).cookie("onestop_session", session).formParam("csrf", csrf)
                .formParam("currentPassword", current).formParam("password", password)
                .when().post("/account/password");
    }
}

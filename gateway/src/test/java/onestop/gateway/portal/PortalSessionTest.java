package onestop.gateway.portal;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestClock;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Portal sessions: new at every sign-in, ended by 30 idle minutes, and by a password change elsewhere. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class PortalSessionTest {

    private static final String CSRF = "a-csrf-token-of-the-anonymous-forms-000000";
    private static final String NEW_PASSWORD = "orchid lantern pebble 31";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aSessionLeftAloneForThirtyMinutesEndsAndTheSignInPageSaysWhy() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String session = signIn(user.email(), Accounts.PASSWORD);
        clock.advance(Duration.ofMinutes(29));
        account(session).then().statusCode(200);
        clock.advance(Duration.ofMinutes(29));
        account(session).then().statusCode(200);
        clock.advance(Duration.ofMinutes(31));
        String location = account(session).then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/sign-in?timeout=idle&next=%2Faccount");
        given().when().get("/sign-in?timeout=idle&next=%2Faccount").then().statusCode(200)
                .body(containsString("You were signed out because you had not done anything for 30 minutes"));
        // and it stays ended
        account(session).then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void signingInAlwaysStartsANewSession() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String planted = "a-session-token-someone-planted-before-sign-in-0000";
        String session = given().redirects().follow(false).cookie("onestop_session", planted)
                .cookie("onestop_csrf", CSRF).formParam("csrf", CSRF).formParam("email", user.email())
                .formParam("password", Accounts.PASSWORD).when().post("/sign-in")
                .then().statusCode(303).extract().cookie("onestop_session");
        assertThat(session).isNotEqualTo(planted);
        account(planted).then().statusCode(303);
    }

    @Test
    void changingThePasswordKeepsThisBrowserSignedInAndSignsOutEveryOther() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String here = signIn(user.email(), Accounts.PASSWORD);
        String elsewhere = signIn(user.email(), Accounts.PASSWORD);
        String csrf = given().cookie("onestop_session", here).when().get("/account/password")
                .then().statusCode(200).body(containsString("Change your password"))
                .extract().htmlPath().getString("**.find { it.@name == 'csrf' }.@value");

        String refused = change(here, csrf, "not my password", NEW_PASSWORD).then().statusCode(200).extract().asString();
        assertThat(refused).contains("Error: Change your password").contains("href=\"#currentPassword\"")
                .contains("Your current password is not right");
        assertThat(change(here, csrf, Accounts.PASSWORD, "short").asString()).contains("href=\"#password\"")
                .contains("Your new password must be at least 12 characters");

        Response changed = change(here, csrf, Accounts.PASSWORD, NEW_PASSWORD);
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.header("Location")).endsWith("/account?password=changed");
        String renewed = changed.cookie("onestop_session");
        given().cookie("onestop_session", renewed).when().get("/account?password=changed").then().statusCode(200)
                .body(containsString("Your password has been changed"));
        account(here).then().statusCode(303);
        account(elsewhere).then().statusCode(303);
    }

    @Test
    void signingOutEverywhereEndsEveryBrowserAndEveryApiSignIn() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String here = signIn(user.email(), Accounts.PASSWORD);
        String elsewhere = signIn(user.email(), Accounts.PASSWORD);
        String refresh = given().contentType("application/json")
                .body(java.util.Map.of("email", user.email(), "password", Accounts.PASSWORD))
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
        account(elsewhere).then().statusCode(303);
        given().contentType("application/json").body(java.util.Map.of("refreshToken", refresh))
                .when().post("/api/auth/refresh").then().statusCode(401);
    }

    private static String signIn(String email, String password) {
        return given().redirects().follow(false).cookie("onestop_csrf", CSRF).formParam("csrf", CSRF)
                .formParam("email", email).formParam("password", password).when().post("/sign-in")
                .then().statusCode(303).extract().cookie("onestop_session");
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

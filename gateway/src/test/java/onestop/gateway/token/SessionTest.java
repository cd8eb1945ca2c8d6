package onestop.gateway.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestClock;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Access tokens live five minutes; a refresh token gets the next pair once; a copied refresh token used after
 * its owner used it ends that sign-in; signing out, everywhere or by an administrator, and a new password end
 * the refresh tokens at once.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class SessionTest {

    private static final String NEW_PASSWORD = "saffron kettle harbour 7";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aSignInGivesAShortAccessTokenAndARefreshTokenThatWorksOnce() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        JsonPath first = signIn(user.email(), Accounts.PASSWORD);
        assertThat(first.getLong("expiresIn")).isEqualTo(300);
        String refresh = first.getString("refreshToken");

        JsonPath second = refresh(refresh).then().statusCode(200).header("Cache-Control", "no-store")
                .extract().jsonPath();
        given().auth().oauth2(second.getString("accessToken")).when().get("/api/me").then().statusCode(200)
                .body("email", equalTo(user.email()));
        assertThat(second.getString("refreshToken")).isNotEqualTo(refresh);

        // the first token again: a copy. The sign-in it belongs to ends, the thief's and the owner's alike.
        refresh(refresh).then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/invalid-refresh-token"));
        refresh(second.getString("refreshToken")).then().statusCode(401);
        // another sign-in of the same user is not touched
        refresh(signIn(user.email(), Accounts.PASSWORD).getString("refreshToken")).then().statusCode(200);
    }

    @Test
    void aRefreshTokenUnusedForTwelveHoursEnds() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String refresh = signIn(user.email(), Accounts.PASSWORD).getString("refreshToken");
        clock.advance(Duration.ofHours(12).plusMinutes(1));
        refresh(refresh).then().statusCode(401);
    }

    @Test
    void signingOutEndsThisDeviceOnlyAndEverywhereEndsThemAll() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        JsonPath laptop = signIn(user.email(), Accounts.PASSWORD);
        JsonPath phone = signIn(user.email(), Accounts.PASSWORD);
        JsonPath tablet = signIn(user.email(), Accounts.PASSWORD);

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", laptop.getString("refreshToken")))
                .when().post("/api/auth/sign-out").then().statusCode(204);
        refresh(laptop.getString("refreshToken")).then().statusCode(401);
        String phoneRefresh = refresh(phone.getString("refreshToken")).then().statusCode(200).extract()
                .path("refreshToken");

        given().auth().oauth2(tablet.getString("accessToken")).when().post("/api/auth/sign-out-everywhere")
                .then().statusCode(204);
        refresh(phoneRefresh).then().statusCode(401);
        refresh(tablet.getString("refreshToken")).then().statusCode(401);
        given().when().post("/api/auth/sign-out-everywhere").then().statusCode(401);
    }

    @Test
    void anAdministratorSignsSomeoneOutEverywhere() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String refresh = signIn(user.email(), Accounts.PASSWORD).getString("refreshToken");
        given().auth().oauth2(user.token()).when().post("/api/admin/users/" + user.userId() + "/sign-out-everywhere")
                .then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Accounts.admin()).when()
                .post("/api/admin/users/" + UUID.randomUUID() + "/sign-out-everywhere")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(Accounts.admin()).when().post("/api/admin/users/" + user.userId() + "/sign-out-everywhere")
                .then().statusCode(204);
        refresh(refresh).then().statusCode(401);
    }

    @Test
    void aNewPasswordEndsEveryOtherSignInAndKeepsThisOne() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String other = signIn(user.email(), Accounts.PASSWORD).getString("refreshToken");

        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "not it at all", "newPassword", NEW_PASSWORD))
                .when().post("/api/auth/password")
                .then().statusCode(400).body("errors[0].field", equalTo("currentPassword"));
        given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", "short"))
                .when().post("/api/auth/password")
                .then().statusCode(400).body("errors[0].field", equalTo("password"));
        String kept = given().auth().oauth2(user.token()).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Accounts.PASSWORD, "newPassword", NEW_PASSWORD))
                .when().post("/api/auth/password")
                .then().statusCode(200).extract().path("refreshToken");

        refresh(other).then().statusCode(401);
        refresh(kept).then().statusCode(200);
        Accounts.signIn(user.email(), NEW_PASSWORD);
    }

    @Test
    void aPasswordResetEndsEverySignIn() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        String refresh = signIn(user.email(), Accounts.PASSWORD).getString("refreshToken");
        given().contentType(ContentType.JSON).body(Map.of("email", user.email()))
                .when().post("/api/auth/password-reset").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("token", Accounts.tokenMailedTo(user.email(),
                "/reset-password"), "password", NEW_PASSWORD)).when().post("/api/auth/password-reset/confirm")
                .then().statusCode(204);
        refresh(refresh).then().statusCode(401);
    }

    private static JsonPath signIn(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token").then().statusCode(200).extract().jsonPath();
    }

    private static Response refresh(String refreshToken) {
        return given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken))
                .when().post("/api/auth/refresh");
    }
}

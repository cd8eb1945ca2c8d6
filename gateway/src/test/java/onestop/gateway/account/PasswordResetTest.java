package onestop.gateway.account;

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
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestClock;
import onestop.platform.testing.OneStopTestInfrastructure;

/** A forgotten password, reset by a single-use link that lives 30 minutes and is stored only as a hash. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class PasswordResetTest {

    private static final String NEW_PASSWORD = "larch quill meadow 2026";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anEmailedLinkSetsANewPasswordOnceAndTheOldOneStopsWorking() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        requestReset(user.email());
        String token = Accounts.tokenMailedTo(user.email(), "/reset-password");
        assertThat(AccountToken.<AccountToken>findByIdOptional(token)).as("stored only as a hash").isEmpty();

        // a password the policy refuses leaves the link usable
        confirm(token, "password1234").then().statusCode(400).body("errors[0].field", equalTo("password"));
        confirm(token, NEW_PASSWORD).then().statusCode(204);
        confirm(token, "another fine password").then().statusCode(400).body("type", endsWith("/invalid-link"));

        given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", Accounts.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(401);
        Accounts.signIn(user.email(), NEW_PASSWORD);
        assertThat(Accounts.mailsTo(user.email()).get(Accounts.mailsTo(user.email()).size() - 1).getSubject())
                .contains("your password was changed");
    }

    @Test
    void anAddressWithoutAnAccountGetsTheSameAnswerAndNoMail() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        String unknown = requestReset(nobody).replace(nobody, "X");
        Accounts.BusinessUser user = Accounts.newBusiness();
        String known = requestReset(user.email()).replace(user.email(), "X");
        assertThat(unknown).isEqualTo(known);
        assertThat(Accounts.mailsTo(nobody)).isEmpty();
    }

    @Test
    void aLinkExpiresAfterThirtyMinutesAndANewerLinkEndsTheOlder() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        requestReset(user.email());
        String first = Accounts.tokenMailedTo(user.email(), "/reset-password");
        requestReset(user.email());
        String second = Accounts.tokenMailedTo(user.email(), "/reset-password");
        confirm(first, NEW_PASSWORD).then().statusCode(400).body("type", endsWith("/invalid-link"));
        clock.advance(Duration.ofMinutes(31));
        confirm(second, NEW_PASSWORD).then().statusCode(400).body("type", endsWith("/invalid-link"));
    }

    @Test
    void aResetLinkAlsoConfirmsAnAddressNeverConfirmed() {
        String email = "unconfirmed-" + UUID.randomUUID() + "@example.com";
        Accounts.register(email, Accounts.PASSWORD);
        requestReset(email);
        confirm(Accounts.tokenMailedTo(email, "/reset-password"), NEW_PASSWORD).then().statusCode(204);
        Accounts.signIn(email, NEW_PASSWORD);
    }

    private static String requestReset(String email) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/api/auth/password-reset")
                .then().statusCode(202).extract().asString();
    }

    private static io.restassured.response.Response confirm(String token, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("token", token, "password", password))
                .when().post("/api/auth/password-reset/confirm");
    }
}

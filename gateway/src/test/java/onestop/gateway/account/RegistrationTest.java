package onestop.gateway.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.mailer.Mail;
import io.restassured.http.ContentType;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestClock;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class RegistrationTest {

    private static final String UUID_PATTERN = "[0-9a-f-]{36}";

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aBusinessRegistersConfirmsItsAddressAndSignsIn() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON).body(form(email, "01234567"))
                .when().post("/api/auth/register")
                .then().statusCode(202).body("message", containsString("Check your email"));
        // not usable until the address is confirmed: the right password gets a new link, not a token
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Accounts.PASSWORD))
                .when().post("/api/auth/token")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", endsWith("/email-not-confirmed"));
        String token = Accounts.tokenMailedTo(email, "/verify-email");
        assertThat(Accounts.mailsTo(email)).hasSize(2);
        given().contentType(ContentType.JSON).body(Map.of("token", token)).when().post("/api/auth/verify-email")
                .then().statusCode(204);
        // single use
        given().contentType(ContentType.JSON).body(Map.of("token", token)).when().post("/api/auth/verify-email")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/invalid-link"));
        String accessToken = Accounts.signIn(email, Accounts.PASSWORD);
        given().auth().oauth2(accessToken).when().get("/api/me").then().statusCode(200)
                .body("email", equalTo(email)).body("business.name", equalTo("Digbeth Brewing Co"))
                .body("business.id", matchesPattern(UUID_PATTERN));
    }

    @Test
    void registeringWithAnAddressThatHasAnAccountTellsTheCallerNothingAndItsOwnerEverything() {
        Accounts.BusinessUser owner = Accounts.newBusiness();
        int mailsBefore = Accounts.mailsTo(owner.email()).size();
        String known = given().contentType(ContentType.JSON).body(form(owner.email().toUpperCase(), null))
                .when().post("/api/auth/register")
                .then().statusCode(202).extract().asString();
        String unknownEmail = "owner-" + UUID.randomUUID() + "@example.com";
        String unknown = given().contentType(ContentType.JSON).body(form(unknownEmail, null))
                .when().post("/api/auth/register")
                .then().statusCode(202).extract().asString();
        assertThat(known.replace(owner.email().toUpperCase(), "X")).isEqualTo(unknown.replace(unknownEmail, "X"));
        // staff addresses too: the answer that used to say "already exists"
        given().contentType(ContentType.JSON).body(form("officer@onestop.local", null))
                .when().post("/api/auth/register").then().statusCode(202);

        List<Mail> mails = Accounts.mailsTo(owner.email());
        assertThat(mails).hasSize(mailsBefore + 1);
        assertThat(mails.get(mails.size() - 1).getSubject()).contains("someone tried to create an account");
        // the account is as it was: the old password still signs in
        Accounts.signIn(owner.email(), Accounts.PASSWORD);
    }

    @Test
    void someoneWhoRegisteredTheAddressFirstGainsNothingWhenItsOwnerConfirmsTheirOwnRegistration() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        String squattersPassword = "lapwing-ember-orchard-58";
        Accounts.register(email, squattersPassword);
        String squattersLink = Accounts.tokenMailedTo(email, "/verify-email");
        // the owner of the address registers later, with their own password and business, and uses their link
        given().contentType(ContentType.JSON).body(form(email, null)).when().post("/api/auth/register")
                .then().statusCode(202);
        String ownersLink = Accounts.tokenMailedTo(email, "/verify-email");
        assertThat(ownersLink).isNotEqualTo(squattersLink);
        given().contentType(ContentType.JSON).body(Map.of("token", ownersLink)).when().post("/api/auth/verify-email")
                .then().statusCode(204);

        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", squattersPassword))
                .when().post("/api/auth/token")
                .then().statusCode(401);
        given().auth().oauth2(Accounts.signIn(email, Accounts.PASSWORD)).when().get("/api/me").then().statusCode(200)
                .body("business.name", equalTo("Digbeth Brewing Co"));
        // and the first registration's link is spent with it
        given().contentType(ContentType.JSON).body(Map.of("token", squattersLink)).when().post("/api/auth/verify-email")
                .then().statusCode(400).body("type", endsWith("/invalid-link"));
    }

    @Test
    void aConfirmationLinkWorksForADayAndSigningInWithTheRightPasswordSendsANewOne() {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        Accounts.register(email, Accounts.PASSWORD);
        String dayOld = Accounts.tokenMailedTo(email, "/verify-email");
        clock.advance(Duration.ofHours(24).plusMinutes(1));
        given().contentType(ContentType.JSON).body(Map.of("token", dayOld)).when().post("/api/auth/verify-email")
                .then().statusCode(400).contentType("application/problem+json").body("type", endsWith("/invalid-link"))
                .body("detail", containsString("has expired"));

        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Accounts.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(403);
        String fresh = Accounts.tokenMailedTo(email, "/verify-email");
        assertThat(fresh).isNotEqualTo(dayOld);
        given().contentType(ContentType.JSON).body(Map.of("token", fresh)).when().post("/api/auth/verify-email")
                .then().statusCode(204);
        Accounts.signIn(email, Accounts.PASSWORD);
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "password", "short", "businessName", " ",
                        "companyNumber", "1234", "postcode", "12345"))
                .when().post("/api/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("email", "password", "businessName", "companyNumber",
                        "postcode"))
                .body("errors.find { it.field == 'email' }.code", equalTo("pattern"))
                .body("errors.find { it.field == 'password' }.code", equalTo("too-short"))
                .body("errors.find { it.field == 'businessName' }.code", equalTo("required"))
                .body("errors.find { it.field == 'postcode' }.code", equalTo("pattern"));
    }

    @Test
    void aCommonPasswordIsRefusedHoweverLong() {
        Map<String, Object> body = form("common-" + UUID.randomUUID() + "@example.com", null);
        body.put("password", "Password1234");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/auth/register")
                .then().statusCode(400)
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItem("is too common or too easy to guess; choose another"));
    }

    @Test
    void scottishCompanyNumbersAndLowerCasePostcodesWithoutSpacesAreFine() {
        Map<String, Object> body = form("scot-" + UUID.randomUUID() + "@example.com", "sc123456");
        body.put("postcode", "b11bb");
        given().contentType(ContentType.JSON).body(body).when().post("/api/auth/register").then().statusCode(202);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Accounts.BusinessUser user = Accounts.newBusiness();

        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", "not the password at all"))
                .when().post("/api/auth/token")
                .then().statusCode(401).contentType("application/problem+json").extract().path("detail");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever it is"))
                .when().post("/api/auth/token")
                .then().statusCode(401).body("detail", equalTo(wrongPassword));
    }

    private static Map<String, Object> form(String email, String companyNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email == null ? "owner-" + UUID.randomUUID() + "@example.com" : email);
        body.put("password", Accounts.PASSWORD);
        body.put("businessName", "Digbeth Brewing Co");
        body.put("postcode", "B5 6DY");
        if (companyNumber != null) {
            body.put("companyNumber", companyNumber);
        }
        return body;
    }
}

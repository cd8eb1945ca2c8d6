package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The account forms of the portal, sent what a person gets wrong: each answer is the page again with a GOV.UK
 * error summary linked to the field, what was typed kept (but never the password).
 */
class PortalAccountFormsIT {

    @BeforeAll
    static void start() {
        RestAssured.baseURI = RunningSystem.shared().gatewayUrl();
    }

    @Test
    void creatingAnAccountRefusesBlanksAWrongPostcodeAndAnEmailAlreadyUsed() {
        FormBrowser visitor = new FormBrowser();
        visitor.get("/create-account");
        String page = ErrorSummary.namesField(visitor.post("/create-account", Map.of("email", "", "password", "",
                "businessName", "", "postcode", "")), "email", "Enter an email address");
        assertThat(page).contains("href=\"#businessName\"").contains("href=\"#password\"");
        page = ErrorSummary.namesField(visitor.post("/create-account", Map.of("email", "new@example.com",
                "password", Api.PASSWORD, "businessName", "Moor Street Maps Ltd", "postcode", "nowhere")),
                "postcode", "Enter a full UK postcode");
        assertThat(page).contains("value=\"Moor Street Maps Ltd\"").doesNotContain(Api.PASSWORD);

        // an address that has an account: the page says what it says to anyone; the owner gets an email
        String taken = Api.registerBusiness("Snow Hill Signs Ltd").email();
        assertThat(visitor.post("/create-account", Map.of("email", taken, "password", Api.PASSWORD,
                "businessName", "Snow Hill Signs Again Ltd", "postcode", "B4 6AA")).asString())
                .contains("Check your email").doesNotContain("already exists");
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                RunningSystem.shared().mailbox().to(taken)).anySatisfy(mail -> assertThat(mail.subject())
                        .contains("someone tried to create an account")));
    }

    @Test
    void signingInRefusesBlanksAndAWrongPasswordAndSigningOutNeedsTheSessionsForm() {
        FormBrowser visitor = new FormBrowser();
        visitor.get("/sign-in");
        String page = ErrorSummary.namesField(visitor.post("/sign-in", Map.of("email", "", "password", "")),
                "email", "Enter your email address");
        assertThat(page).contains("href=\"#password\">Enter your password");
        String email = Api.registerBusiness("Corporation Street Cards Ltd").email();
        ErrorSummary.namesField(visitor.post("/sign-in", Map.of("email", email, "password", "wrong")), "email",
                "Enter a correct email address and password");

        FormBrowser business = FormBrowser.signedIn(email, Api.PASSWORD);
        Response forged = business.postExactly("/sign-out", Map.of("csrf", "not-the-token"));
        assertThat(FormBrowser.location(forged)).isEqualTo("/sign-out");
        assertThat(business.get("/dashboard").statusCode()).isEqualTo(200);
        business.get("/sign-out");
        assertThat(FormBrowser.location(business.post("/sign-out", Map.of()))).isEqualTo("/");
        assertThat(FormBrowser.location(business.get("/dashboard"))).startsWith("/sign-in");
    }
}

package onestop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.not;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.BeforeAll;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/** Creating an account, confirming it, signing in and out through the portal's pages, on the running system. */
class PortalAccountPagesIT {

    private static final String PASSWORD = "correct horse battery staple";

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aBusinessCreatesAnAccountSeesItAndSignsOut() {
        String csrf = csrf("/create-account");
        String email = "owner-" + UUID.randomUUID() + "@example.com";

        Response created = given().redirects().follow(false).cookie("onestop_csrf", csrf)
                .formParam("csrf", csrf).formParam("email", email).formParam("password", PASSWORD)
                .formParam("businessName", "Digbeth Deli Ltd").formParam("companyNumber", "01234567")
                .formParam("postcode", "B5 6DY")
                .when().post("/create-account");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.asString()).contains("Check your email").contains(email);
        assertThat(created.cookie("onestop_session")).isNull();

        String confirmPage = given().cookie("onestop_csrf", csrf)
                .when().get("/verify-email?token=" + system.mailbox().token(email, "/verify-email"))
                .then().statusCode(200).extract().asString();
        assertThat(confirmPage).contains("Confirm your email address");
        given().cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("token", system.mailbox().token(email, "/verify-email"))
                .when().post("/verify-email").then().statusCode(200).body(containsString("Email address confirmed"));

        Response signedIn = signIn(csrf, email);
        assertThat(signedIn.statusCode()).isEqualTo(303);
        // at the address the browser asked for: the gateway's, not the portal's behind it
        assertThat(signedIn.header("Location")).isEqualTo(system.gatewayUrl() + "/dashboard");
        String session = signedIn.cookie("onestop_session");
        assertThat(session).isNotBlank();
        assertThat(signedIn.header("Set-Cookie")).contains("HttpOnly").contains("SameSite=Lax");

        given().cookie("onestop_session", session).when().get("/dashboard")
                .then().statusCode(200)
                .body(containsString("<h1 class=\"govuk-heading-xl\">Dashboard</h1>"))
                .body(not(containsString("cannot be shown at the moment")));
        given().cookie("onestop_session", session).when().get("/account")
                .then().statusCode(200)
                .body(containsString("Digbeth Deli Ltd"))
                .body(containsString("You are signed in as " + email));

        String signOutCsrf = given().cookie("onestop_session", session).when().get("/sign-out")
                .then().statusCode(200).extract().htmlPath().getString("**.find { it.@name == 'csrf' }.@value");
        given().redirects().follow(false).cookie("onestop_session", session).formParam("csrf", signOutCsrf)
                .when().post("/sign-out").then().statusCode(303);
        given().redirects().follow(false).cookie("onestop_session", session).when().get("/account")
                .then().statusCode(303).header("Location", endsWith("/sign-in?next=%2Faccount"));
    }

    @Test
    void signingInReturnsToThePageThatAskedButNeverToAnotherSite() {
        String email = "returning-" + UUID.randomUUID() + "@example.com";
        String csrf = csrf("/create-account");
        createAndConfirm(csrf, email, "Moseley Bakes", "B13 8HW");

        String page = given().when().get("/sign-in?next=/account").then().statusCode(200).extract().asString();
        assertThat(page).contains("name=\"next\" value=\"/account\"");
        given().redirects().follow(false).cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("email", email).formParam("password", PASSWORD).formParam("next", "/account")
                .when().post("/sign-in").then().statusCode(303).header("Location", endsWith("/account"));

        for (String elsewhere : new String[] {"https://evil.example/", "//evil.example/", "/\\evil.example"}) {
            String location = given().redirects().follow(false).cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                    .formParam("email", email).formParam("password", PASSWORD).formParam("next", elsewhere)
                    .when().post("/sign-in").then().statusCode(303).extract().header("Location");
            assertThat(location).doesNotContain("evil.example");
        }
    }

    @Test
    void theHeaderOffersSignOutOnlyToTheSignedIn() {
        String csrf = csrf("/create-account");
        String email = "nav-" + UUID.randomUUID() + "@example.com";
        createAndConfirm(csrf, email, "Selly Oak Signs", "B29 6AA");
        String session = signIn(csrf, email).then().statusCode(303).extract().cookie("onestop_session");

        assertThat(given().when().get("/").then().statusCode(200).extract().asString())
                .contains("href=\"/sign-in\"").doesNotContain("href=\"/sign-out\"");
        assertThat(given().cookie("onestop_session", session).when().get("/").then().statusCode(200).extract().asString())
                .contains("href=\"/sign-out\"").contains("href=\"/dashboard\"").doesNotContain("Applications to decide");
    }

    @Test
    void badAnswersAreShownWithAGovukErrorSummaryAndKept() {
        String csrf = csrf("/create-account");
        given().cookie("onestop_csrf", csrf)
                .formParam("csrf", csrf).formParam("email", "not-an-email").formParam("password", PASSWORD)
                .formParam("businessName", "Jewellery Quarter Traders").formParam("postcode", "nowhere")
                .when().post("/create-account")
                .then().statusCode(200)
                .body(containsString("<title>Error: Create an account"))
                .body(containsString("govuk-error-summary"))
                .body(containsString("Enter an email address in the correct format, like name@example.com"))
                .body(containsString("Enter a full UK postcode, like B1 1BB"))
                .body(containsString("value=\"Jewellery Quarter Traders\""))
                .body(not(containsString(PASSWORD)));
    }

    @Test
    void aWrongPasswordDoesNotSayWhetherTheAccountExists() {
        String csrf = csrf("/sign-in");
        String unknown = given().cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("email", "nobody-" + UUID.randomUUID() + "@example.com").formParam("password", PASSWORD)
                .when().post("/sign-in").then().statusCode(200).extract().asString();

        assertThat(unknown).contains("Enter a correct email address and password");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefused() {
        given().redirects().follow(false).cookie("onestop_csrf", PortalTokens.A)
                .formParam("csrf", PortalTokens.B).formParam("email", "x@example.com").formParam("password", PASSWORD)
                .formParam("businessName", "Forged Ltd").formParam("postcode", "B1 1BB")
                .when().post("/create-account")
                .then().statusCode(200).body(containsString("Your form expired"));
    }

    @Test
    void aConfirmationLinkUsedAlreadyOpensAPageSayingSoAndHowToGetAnother() {
        String csrf = csrf("/create-account");
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        createAndConfirm(csrf, email, "Moseley Bakery", "B13 8JP");
        given().cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("token", system.mailbox().token(email, "/verify-email"))
                .when().post("/verify-email")
                .then().statusCode(400).contentType(containsString("text/html"))
                .body(containsString("This link is not valid"), containsString("href=\"/create-account\""));
    }

    private static String csrf(String page) {
        return given().when().get(page).then().statusCode(200).extract().cookie("onestop_csrf");
    }

    /** Two well-formed tokens that are not the same. */
    private static final class PortalTokens {
        static final String A = "a".repeat(43);
        static final String B = "b".repeat(43);
    }

    /** Creates an account through the pages and confirms its address through the emailed link's page. */
    private static void createAndConfirm(String csrf, String email, String businessName, String postcode) {
        given().redirects().follow(false).cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("email", email).formParam("password", PASSWORD).formParam("businessName", businessName)
                .formParam("postcode", postcode).when().post("/create-account").then().statusCode(200);
        given().cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("token", system.mailbox().token(email, "/verify-email"))
                .when().post("/verify-email").then().statusCode(200);
    }

    private static Response signIn(String csrf, String email) {
        return given().redirects().follow(false).cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("email", email).formParam("password", PASSWORD).when().post("/sign-in");
    }
}

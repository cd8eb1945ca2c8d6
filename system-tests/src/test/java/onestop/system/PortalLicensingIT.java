package onestop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * The portal's licensing pages, used like a browser would (cookies, CSRF tokens, forms, redirects) against the
 * real services: a business applies for a licence, an officer decides it, and the business sees its licence.
 */
class PortalLicensingIT {

    private static final String TYPE = "STREET_TRADING_CONSENT";

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aBusinessAppliesAnOfficerGrantsAndTheBusinessSeesItsLicence() {
        Browser business = Browser.newBusiness("Bullring Flowers Ltd");
        assertThat(business.page).contains("<h1 class=\"govuk-heading-xl\">Dashboard</h1>");

        business.open("/licences/apply");
        assertThat(business.page).contains("Street trading consent").contains("Fee £595")
                .contains("Passport-style photograph");
        business.submit("/licences/apply", Map.of("licenceTypeCode", TYPE));
        assertThat(business.location).endsWith("/licences/apply/" + TYPE);
        business.submit("/licences/apply/" + TYPE, premises("Bullring Flower Stall"));
        String id = business.location.replaceAll("^.*/applications/", "");
        business.open("/applications/" + id);
        assertThat(business.page).contains("Street trading consent application").contains("Cannot start yet")
                .contains("Incomplete");

        business.open("/applications/" + id + "/details");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", business.hidden("version"));
        details.put("details-consentKind", "ANNUAL");
        details.put("details-street", "New Street");
        details.put("details-goods", "Cut flowers and plants");
        details.put("details-tradingDays", List.of("FRIDAY", "SATURDAY"));
        business.submit("/applications/" + id + "/details", details);
        assertThat(business.location).endsWith("/applications/" + id);

        business.open("/applications/" + id + "/documents");
        business.upload("/applications/" + id + "/documents", "PHOTO", "photo.pdf", "application/pdf", Api.PDF);
        business.upload("/applications/" + id + "/documents", "PUBLIC_LIABILITY_INSURANCE", "insurance.pdf",
                "application/pdf", Api.PDF);
        business.open("/applications/" + id + "/documents");
        assertThat(business.page).contains("photo.pdf").contains("insurance.pdf");
        business.downloads(business.link("/applications/" + id + "/documents/[0-9a-f-]{36}"));

        business.open("/applications/" + id + "/pay");
        assertThat(business.page).contains("Pay £595");
        business.submit("/applications/" + id + "/pay", Map.of());

        business.open("/applications/" + id + "/check");
        assertThat(business.page).contains("Check your answers before submitting your application")
                .contains("New Street").contains("Friday, Saturday").contains("£595 (paid)");
        business.submit("/applications/" + id + "/submit", Map.of("version", business.hidden("version")));
        business.open(business.location);
        assertThat(business.page).contains("Application submitted").contains("Your reference number");

        Browser officer = Browser.signIn("officer@onestop.local", system.staffPassword("officer"));
        officer.open("/officer/applications?status=SUBMITTED");
        assertThat(officer.page).contains("Applications to decide").contains("/officer/applications/" + id);
        officer.open("/officer/applications/" + id);
        assertThat(officer.page).contains("Validate application").contains("photo.pdf")
                .doesNotContain("Grant licence");
        String document = officer.link("/officer/applications/" + id + "/documents/[0-9a-f-]{36}");
        officer.downloads(document);
        business.open(document);
        assertThat(business.status).isEqualTo(404);
        officer.submit("/officer/applications/" + id + "/validate", Map.of("version", officer.hidden("version")));
        officer.open("/officer/applications/" + id);
        assertThat(officer.page).contains("Under review").contains("Grant licence");
        officer.submit("/officer/applications/" + id + "/decision", Map.of("version", officer.hidden("version"),
                "outcome", "GRANT", "conditions", "No trading after 10pm\nKeep the pitch clear"));
        officer.open("/officer/applications/" + id);
        assertThat(officer.page).contains("Granted").doesNotContain("Grant licence");

        business.open("/applications/" + id);
        assertThat(business.page).contains("Granted").contains("View your licence");
        business.open("/licences");
        assertThat(business.page).contains("Your licences").contains("Street trading consent").contains("Active");
        String licence = business.link("/licences/[0-9a-f-]{36}");
        business.open(licence);
        assertThat(business.page).contains("No trading after 10pm").contains("Keep the pitch clear")
                .contains("Renew this licence");
        business.open("/dashboard");
        assertThat(business.page).contains(licence).contains("expires");
    }

    @Test
    void badAnswersAreShownAsAGovukErrorSummaryNotAProblemDocument() {
        Browser business = Browser.newBusiness("Digbeth Doughnuts Ltd");
        business.open("/licences/apply");
        business.submit("/licences/apply", Map.of());
        assertThat(business.status).isEqualTo(200);
        assertThat(business.page).contains("<title>Error: Apply for a licence").contains("govuk-error-summary")
                .contains("Select the type of licence you want to apply for").contains("href=\"#licenceTypeCode\"");

        business.submit("/licences/apply/" + TYPE, premises(""));
        String id = business.location.replaceAll("^.*/applications/", "").replaceAll("/.*$", "");
        business.open(business.location);
        assertThat(business.page).contains("<title>Error: Premises").contains("Premises name is required")
                .contains("href=\"#name\"");

        business.open("/applications/" + id + "/details");
        business.submit("/applications/" + id + "/details", Map.of("version", business.hidden("version"),
                "details-consentKind", "ANNUAL", "details-street", "X", "details-goods", "Flowers"));
        business.open(business.location);
        assertThat(business.page).contains("<title>Error: Details").contains("govuk-error-summary")
                .contains("href=\"#details-street\"").contains("value=\"X\"").doesNotContain("application/problem+json");

        business.upload("/applications/" + id + "/documents", "PHOTO", "notes.txt", "text/plain",
                "just some text".getBytes(StandardCharsets.UTF_8));
        assertThat(business.page).contains("govuk-error-summary").contains("href=\"#file-PHOTO\"");

        business.open("/applications/" + id + "/check");
        business.submit("/applications/" + id + "/submit", Map.of("version", business.hidden("version")));
        assertThat(business.page).contains("<title>Error: Check your answers").contains("Premises name is required")
                .contains("href=\"/applications/" + id + "/premises\"").contains("href=\"/applications/" + id + "/pay\"")
                .contains("Passport-style photograph is required");
    }

    @Test
    void anotherBusinessesApplicationIsPageNotFound() {
        Browser owner = Browser.newBusiness("Moseley Markets Ltd");
        owner.open("/licences/apply");
        owner.submit("/licences/apply/" + TYPE, premises("Moseley Market Stall"));
        String application = owner.location.replaceAll("^.*/applications/", "").replaceAll("/.*$", "");

        owner.upload("/applications/" + application + "/documents", "PHOTO", "photo.pdf", "application/pdf", Api.PDF);
        owner.open("/applications/" + application + "/documents");
        String document = owner.link("/applications/" + application + "/documents/[0-9a-f-]{36}");

        Browser other = Browser.newBusiness("Kings Heath Crafts Ltd");
        other.open("/applications/" + application);
        assertThat(other.status).isEqualTo(404);
        assertThat(other.page).contains("Page not found");
        other.open("/applications/" + application + "/details");
        assertThat(other.status).isEqualTo(404);
        other.open(document);
        assertThat(other.status).isEqualTo(404);
        assertThat(other.page).contains("Page not found").doesNotContain("%PDF");
    }

    @Test
    void aBusinessCannotOpenTheOfficerPages() {
        Browser business = Browser.newBusiness("Harborne Hardware Ltd");
        business.open("/officer/applications");
        assertThat(business.status).isEqualTo(404);
        assertThat(business.page).contains("Page not found");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        Browser business = Browser.newBusiness("Edgbaston Eats Ltd");
        Response forged = business.request().formParams(premises("Forged Stall")).redirects().follow(false)
                .when().post("/licences/apply/" + TYPE);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).doesNotContain("Forged Stall");
        business.open("/applications");
        assertThat(business.page).contains("You have no applications yet");
    }

    private static Map<String, Object> premises(String name) {
        return Map.of("name", name, "addressLine1", "1 New Street", "town", "Birmingham", "postcode", "B2 4QA");
    }

    /** A browser: keeps its cookies, reads the CSRF token of the page it shows, follows no redirect by itself. */
    static final class Browser {

        private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

        final Map<String, String> cookies = new HashMap<>();
        String page = "";
        int status;
        String location;

        static Browser newBusiness(String name) {
            Browser browser = new Browser();
            browser.open("/create-account");
            browser.submit("/create-account", Map.of("email", "owner-" + UUID.randomUUID() + "@example.com",
                    "password", Api.PASSWORD, "businessName", name, "postcode", "B1 1BB"));
            assertThat(browser.location).endsWith("/dashboard");
            browser.open("/dashboard");
            return browser;
        }

        static Browser signIn(String email, String password) {
            Browser browser = new Browser();
            browser.open("/sign-in");
            browser.submit("/sign-in", Map.of("email", email, "password", password));
            assertThat(browser.location).endsWith("/dashboard");
            return browser;
        }

        RequestSpecification request() {
            return given().accept("text/html").cookies(cookies).redirects().follow(false);
        }

        void open(String path) {
            shown(request().when().get(path));
        }

        /** Posts a form as the page's submit button would, with the page's CSRF token. */
        void submit(String path, Map<String, ?> fields) {
            RequestSpecification form = request().formParam("csrf", csrf());
            fields.forEach((name, value) -> {
                if (value instanceof List<?> values) {
                    form.formParam(name, values.toArray());
                } else {
                    form.formParam(name, value);
                }
            });
            shown(form.when().post(path));
        }

        void upload(String path, String type, String fileName, String mediaType, byte[] content) {
            shown(request().multiPart("csrf", csrf()).multiPart("type", type)
                    .multiPart("file", fileName, content, mediaType).when().post(path));
        }

        /** Opens a document link and checks the browser receives the file that was uploaded. */
        void downloads(String path) {
            Response file = request().when().get(path);
            assertThat(file.statusCode()).as("download of " + path).isEqualTo(200);
            assertThat(file.contentType()).isEqualTo("application/pdf");
            assertThat(file.header("Content-Disposition")).startsWith("attachment");
            assertThat(file.asByteArray()).isEqualTo(Api.PDF);
        }

        String hidden(String name) {
            Matcher m = Pattern.compile("name=\"" + name + "\" value=\"([^\"]*)\"").matcher(page);
            assertThat(m.find()).as("hidden field " + name + " on the page").isTrue();
            return m.group(1).replace("&quot;", "\"");
        }

        String link(String regex) {
            Matcher m = Pattern.compile("href=\"(" + regex + ")\"").matcher(page);
            assertThat(m.find()).as("a link like " + regex).isTrue();
            return m.group(1);
        }

        private String csrf() {
            Matcher m = CSRF.matcher(page);
            assertThat(m.find()).as("a form with a CSRF token on the page").isTrue();
            return m.group(1);
        }

        private void shown(Response response) {
            cookies.putAll(response.getCookies());
            status = response.statusCode();
            location = response.header("Location");
            if (status != 303) {
                page = response.asString();
            }
        }
    }
}

package onestop.system.browser;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.restassured.http.ContentType;
import onestop.system.Api;

/**
 * The administrator's pages through the whole system, with JavaScript on and off and axe-core on every page: a
 * staff account made (after a refusal) signs in, and is signed out everywhere (its sign-ins no longer renew); the
 * bank holiday calendar shown
 * and uploaded again (a broken file refused, nothing changed); an officer's read of an application found in the
 * downloaded log; OCDS releases imported, the old-regime one refused with its reason. Nobody else finds the pages.
 */
class AdminBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anAdministratorManagesStaffTheCalendarTheReadLogAndImports(boolean javaScript) {
        PortalBrowser.Visitor admin = browser.visitor(javaScript);
        admin.signIn("admin@onestop.local", system.staffPassword("admin")).sees("Dashboard")
                .follow("Administration").sees("Administration").screenshot("admin");

        // a staff account: the buyer's organisation is asked for, then the account is made and can sign in
        String email = "buyer-" + UUID.randomUUID() + "@onestop.local";
        admin.follow("Staff accounts").sees("Staff accounts").press("Add a staff account").sees("Add a staff account")
                .fill("Email address", email).check("Buyer").fill("Password", "a long enough buyer password")
                .press("Create account").sees("Error: Add a staff account");
        assertThat(admin.page().locator(".govuk-error-summary").innerText())
                .contains("Enter the organisation they buy for");
        assertThat(admin.page().locator("#password").inputValue()).isEmpty();
        admin.check("Buyer").fill("Organisation they buy for (buyers only)", "Sandwell Council")
                .fill("Password", "a long enough buyer password").press("Create account").sees("Staff accounts")
                .screenshot("admin-staff");
        assertThat(admin.page().locator("#created").innerText()).contains("Account created for " + email);
        assertThat(admin.page().locator("#staff tr").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText(email)).innerText()).contains("Buyer").contains("Sandwell Council");
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        buyer.signIn(email, "a long enough buyer password").sees("Dashboard");
        String refreshToken = given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", "a long enough buyer password")).post("/api/auth/token")
                .then().statusCode(200).extract().path("refreshToken");
        admin.page().waitForNavigation(() -> admin.page().getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Sign out everywhere " + email)).click());
        admin.sees("Staff accounts");
        assertThat(admin.page().locator("#signed-out").innerText())
                .contains(email + " has been signed out everywhere");
        // their sign-ins cannot be renewed: each ends when its 5-minute access token does
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refreshToken)).post("/api/auth/refresh")
                .then().statusCode(401);

        // the bank holidays: shown, a broken file refused, the calendar as GOV.UK publishes it uploaded
        admin.open("/admin/bank-holidays").sees("Bank holidays").screenshot("admin-bank-holidays");
        assertThat(admin.page().locator("#calendar").innerText()).contains("Covers").contains("1 January");
        admin.upload("bank-holidays.json", "bank-holidays.json", "application/json",
                "{\"scotland\": {}}".getBytes(StandardCharsets.UTF_8))
                .press("Upload calendar").sees("Error: Bank holidays");
        assertThat(admin.page().locator(".govuk-error-summary").innerText()).contains("england-and-wales");
        admin.upload("bank-holidays.json", "bank-holidays.json", "application/json", shipped("licensing-service",
                "bank-holidays/bank-holidays.json")).press("Upload calendar").sees("Bank holidays");
        assertThat(admin.page().locator("#loaded").innerText()).contains("The new calendar is loaded");
        assertThat(admin.page().locator("#calendar").innerText()).contains("Uploaded by admin@onestop.local");

        // an officer's read of an application is in the log the administrator downloads
        String application = Api.submitPrivateHireDriverApplication(Api.registerBusiness("Read Log Cars Ltd"));
        Api.as(Api.staffToken(system, "officer")).get(Api.LICENSING + "/applications/" + application).then()
                .statusCode(200);
        admin.follow("Administration").follow("Reads of personal data").sees("Reads of personal data")
                .press("Download CSV").sees("Error: Reads of personal data");
        assertThat(admin.page().locator(".govuk-error-summary").innerText()).contains("Select whose reads");
        admin.check("Licensing officers");
        Download download = admin.page().waitForDownload(() -> admin.page().getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Download CSV")).click());
        assertThat(download.suggestedFilename()).isEqualTo("licensing-personal-data-reads.csv");
        assertThat(read(download.path())).startsWith("readAt,readerId,readerRole,kind,id,route")
                .contains(",licensing-officer,application," + application + ",GET ");

        // OCDS releases: one a notice, one under the old regulations refused with its reason
        String ocid = "ocds-b5fd17-" + UUID.randomUUID();
        String release = firstLine(shipped("opportunities-service", "seed/contracts-finder-releases.jsonl"))
                .replaceFirst("\"ocid\": \"[^\"]+\"", "\"ocid\": \"" + ocid + "\"");
        String oldRegime = "{\"ocid\": \"ocds-h6vhtk-0" + UUID.randomUUID() + "\", \"id\": \"1\", \"date\": "
                + "\"2024-06-01T00:00:00Z\", \"tender\": {\"legalBasis\": {\"scheme\": \"CELEX\","
                + " \"id\": \"32014L0024\"}}}";
        admin.open("/admin/import").sees("Import notices").press("Import notices").sees("Error: Import notices");
        admin.upload("File of OCDS releases", "releases.jsonl", "application/json",
                (release + "\n" + oldRegime + "\n").getBytes(StandardCharsets.UTF_8))
                .press("Import notices").sees("Import notices").screenshot("admin-import");
        assertThat(admin.page().locator("#imported").innerText())
                .isEqualTo("2 releases read: 1 notice created, 0 updated");
        assertThat(admin.page().locator("#refused").innerText()).contains("2\tocds-h6vhtk-0").contains("CELEX");

        // nobody else: an officer finds no such page, and someone signed out is asked to sign in
        PortalBrowser.Visitor officer = browser.visitor(javaScript);
        officer.signIn("officer@onestop.local", system.staffPassword("officer")).sees("Dashboard")
                .open("/admin/staff").sees("Page not found");
        browser.visitor(javaScript).open("/admin").sees("Sign in");
    }

    private static byte[] shipped(String module, String resource) {
        try {
            return Files.readAllBytes(Path.of("..", module, "src", "main", "resources").resolve(resource));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String firstLine(byte[] lines) {
        return new String(lines, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

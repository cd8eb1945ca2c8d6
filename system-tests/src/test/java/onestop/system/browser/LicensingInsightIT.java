package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import onestop.system.Api;

/**
 * Licensing performance through the whole system: applications made and decided through the real licensing API
 * (one granted, one refused) reach the opportunities service as events; the figures move by exactly those two,
 * and the staff page (licensing officer), its CSV and the public transparency page show what the API answers.
 * With JavaScript on and off; axe-core checks every page.
 */
class LicensingInsightIT extends BrowserJourneys {

    private static final String TYPE = "PRIVATE_HIRE_DRIVER";
    private static final String STAFF = Api.OPPORTUNITIES + "/insight/licensing";
    private static final String PUBLIC = Api.OPPORTUNITIES + "/insight/licensing/public";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void decisionsMadeInLicensingShowOnTheInsightPagesAndInTheirCsv(boolean javaScript) {
        String officer = Api.staffToken(system, "officer");
        Map<String, Object> before = type(figures(officer, STAFF));
        Api.Business business = Api.registerBusiness("Insight Cars Ltd");
        Api.grantPrivateHireDriverLicence(system, business);
        String refused = Api.validatedPrivateHireDriverApplication(system, business);
        String etag = Api.as(officer).get(Api.LICENSING + "/applications/" + refused).then().statusCode(200)
                .extract().header("ETag");
        Api.as(officer).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outcome", "REFUSE", "reasons", "The medical was not passed"))
                .post(Api.LICENSING + "/applications/" + refused + "/decision").then().statusCode(200);

        Awaitility.await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            Map<String, Object> now = type(figures(officer, STAFF));
            assertThat(number(now, "received")).isEqualTo(number(before, "received") + 2);
            assertThat(number(now, "decided")).isEqualTo(number(before, "decided") + 2);
            assertThat(number(now, "refused")).isEqualTo(number(before, "refused") + 1);
        });
        Map<String, Object> after = type(figures(officer, STAFF));
        String name = Api.as(officer).get(Api.LICENSING + "/licence-types/" + TYPE).then().statusCode(200)
                .extract().path("name");

        PortalBrowser.Visitor staff = browser.visitor(javaScript);
        staff.signIn("officer@onestop.local", system.staffPassword("officer")).sees("Dashboard");
        staff.open("/insight/licensing").sees("Licensing performance").screenshot("insight-licensing");
        assertThat(row(staff, name)).isEqualTo(cells(name, after, true));
        assertThat(staff.page().locator("svg[role=img]").count()).isEqualTo(5);
        APIResponse csv = staff.page().request().get(staff.page().url().replaceFirst("/insight/licensing.*$",
                "/insight/licensing.csv"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.headers().get("content-type")).startsWith("text/csv");
        assertThat(csv.text()).contains(",," + TYPE + "," + String.join(",", csvCells(after)) + "\r\n");
        // another period, typed in the GOV.UK date inputs; a day that does not exist is said against its input
        staff.page().locator("#from-day").fill("1");
        staff.page().locator("#from-month").fill("1");
        staff.page().locator("#from-year").fill("2026");
        staff.press("Show figures").sees("Licensing performance");
        assertThat(staff.text()).contains("performed from 1 January 2026 to");
        staff.page().locator("#from-day").fill("31");
        staff.page().locator("#from-month").fill("2");
        staff.press("Show figures").sees("Error: Licensing performance");
        assertThat(staff.page().locator(".govuk-error-summary").innerText())
                .contains("The start of the period must be a real date");

        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        Map<String, Object> open = type(figures(null, PUBLIC));
        anyone.open("/transparency/licensing").sees("Licensing performance").screenshot("transparency-licensing");
        assertThat(row(anyone, name)).isEqualTo(cells(name, open, false));
        assertThat(anyone.text()).doesNotContain(business.email()).doesNotContain("Insight Cars Ltd");
        // the staff page is not for anyone
        anyone.open("/insight/licensing").sees("Sign in");
    }

    private static JsonPath figures(String token, String path) {
        var request = token == null ? io.restassured.RestAssured.given() : Api.as(token);
        return request.get(path).then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> type(JsonPath figures) {
        List<Map<String, Object>> types = figures.getList("types");
        return types.stream().filter(t -> TYPE.equals(t.get("licenceTypeCode"))).findFirst()
                .orElse(Map.of("received", 0, "decided", 0, "refused", 0));
    }

    private static long number(Map<String, Object> figures, String name) {
        Object value = figures.get(name);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String row(PortalBrowser.Visitor visitor, String name) {
        Locator row = visitor.page().locator("#licensing-types tbody tr")
                .filter(new Locator.FilterOptions().setHasText(name));
        return row.first().innerText().trim();
    }

    /** The row of the type as the page writes the API's figures. */
    private static String cells(String name, Map<String, Object> f, boolean staff) {
        Object refused = f.get("refused");
        Object rate = f.get("refusalRate");
        return String.join("\t", name, text(f.get("received")), text(f.get("decided")),
                text(f.get("targetWorkingDays")), text(f.get("medianWorkingDays")),
                text(f.get("percentile90WorkingDays")), text(f.get("decidedByDueDate")), text(f.get("overdue")),
                text(f.get("tacitConsentGrants")), refused == null ? "Not published" : text(refused),
                rate == null ? (refused == null ? "Not published" : "None decided") : text(rate) + "%");
    }

    private static List<String> csvCells(Map<String, Object> f) {
        return List.of(text(f.get("received")), text(f.get("decided")), text(f.get("targetWorkingDays")),
                text(f.get("medianWorkingDays")), text(f.get("percentile90WorkingDays")),
                text(f.get("decidedByDueDate")), text(f.get("overdue")), text(f.get("tacitConsentGrants")),
                text(f.get("refused")), text(f.get("refusalRate")));
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}

package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import onestop.system.Api;

/**
 * The portal's journeys in a real browser (headless Debian Chromium), each walked with JavaScript on and
 * again with it off; every page is checked with axe-core for WCAG 2.2 A and AA.
 */
class PortalBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anyoneFindsAnOpportunityWithFilters(boolean javaScript) {
        String word = "towpath" + UUID.randomUUID().toString().substring(0, 6);
        String buyer = Api.staffToken(system, "buyer");
        String notice = as(buyer).contentType(ContentType.JSON).body(Map.of(
                "title", "Canal " + word + " litter picking", "description",
                "Monthly litter picking along two miles of canal towpath in Digbeth.", "type", "QUOTE",
                "cpvCodes", List.of("90500000-2"), "valueMinPence", 1_500_000, "valueMaxPence", 2_500_000,
                "smeSuitable", true, "closingAt", Instant.now().plus(10, ChronoUnit.DAYS).toString()))
                .when().post(Api.OPPORTUNITIES + "/opportunities").then().statusCode(201).extract().path("id");
        as(buyer).when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/publish").then().statusCode(200);

        PortalBrowser.Visitor supplier = browser.visitor(javaScript);
        supplier.open("/opportunities").sees("Find contract opportunities")
                .fill("Keywords", word)
                .check("Quote")
                .fill("Minimum value (£)", "10000")
                .check("Small and medium-sized businesses")
                .press("Apply filters")
                .sees("Find contract opportunities").screenshot("find-opportunities");
        assertThat(supplier.page().locator("#result-count").innerText()).startsWith("1 ");

        supplier.follow("Canal " + word + " litter picking").sees("Canal " + word + " litter picking")
                .screenshot("opportunity");
        assertThat(supplier.text()).contains("Monthly litter picking along two miles of canal towpath");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anyoneSearchesTheLicenceRegister(boolean javaScript) {
        Api.Business business = Api.registerBusiness("Handsworth Cabs");
        Api.grantPrivateHireDriverLicence(system, business);

        PortalBrowser.Visitor anyone = browser.visitor(javaScript);
        // a driver's licence is found by type, and shows neither the driver's name nor an address
        anyone.open("/").follow("Search the public licence register").sees("Search the licence register")
                .select("Type of licence", "PRIVATE_HIRE_DRIVER")
                .press("Search")
                .sees("Search the licence register").screenshot("licence-register");
        assertThat(anyone.text()).contains("Licence of an individual: name and address not published")
                .doesNotContain(Api.DRIVER_NAME).doesNotContain("Lichfield Road");

        anyone.page().waitForNavigation(() -> anyone.page().locator("#main-content table a").first().click());
        anyone.sees("Licence ").screenshot("licence-register-entry");
        assertThat(anyone.text()).contains("Private hire driver").contains("Not published")
                .doesNotContain(Api.DRIVER_NAME).doesNotContain("Lichfield Road");
    }
}

package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import onestop.system.Api;

/**
 * A supplier reports the social value it delivered on a contract it won, in a real browser with JavaScript on and
 * off, every page checked with axe-core: its response commits to a measure of the Charter's catalogue; from
 * "Your contracts" to the contract's social value, where that commitment stands against nothing delivered; a
 * report without a measure or an amount is refused at its fields; a report by a measure of the Charter's
 * catalogue, then one of its own, each shows as delivered.
 */
class SocialValueBrowserIT extends BrowserJourneys {

    private static final String NOTICES = "/api/opportunities/opportunities";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aSupplierReportsTheSocialValueItDeliveredOnItsContract(boolean javaScript) {
        String word = Api.word();
        String title = "Park cafe supplies " + word;
        String buyer = Api.staffToken(system, "buyer");
        String supplierName = "Kings Heath Foods Ltd " + word;
        Api.Business supplier = Api.registerBusiness(supplierName);
        String contract = as(buyer).contentType(ContentType.JSON).body(Map.of("title", title,
                "description", "Food and drink for the park cafes.", "type", "TENDER",
                "cpvCodes", List.of("15000000-8"),
                "closingAt", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()))
                .post(NOTICES).then().statusCode(201).extract().path("id");
        as(buyer).post(NOTICES + "/" + contract + "/publish").then().statusCode(200);
        as(supplier.token()).contentType(ContentType.JSON).body(Map.of("name", supplierName, "size", "SMALL",
                "vcse", false, "charterSignatory", true, "postcode", "B14 7AA")).put("/api/opportunities/suppliers/me")
                .then().statusCode(200);

        // the supplier commits to a measure of the Charter's catalogue in its response
        PortalBrowser.Visitor visitor = browser.visitor(javaScript);
        visitor.signIn(supplier.email(), Api.PASSWORD).sees("Dashboard").open("/opportunities/" + contract).sees(title)
                .press("Respond to this opportunity").sees("Respond to this opportunity")
                .fill("Summary of your response", "Local food, cooked in Kings Heath.").fill("Your price", "40000")
                .fillField("sv-0-description", "Two apprentices from Kings Heath.")
                .selectField("sv-0-measureCode", "APPRENTICESHIPS").fillField("sv-0-target", "2")
                .press("Submit response").sees("Your response to " + title);
        assertThat(visitor.text()).contains("Local employment").contains("Apprenticeships started");
        String response = visitor.page().url().replaceAll(".*/responses/([^?]+).*", "$1");
        system.deadlinePasses(contract);
        as(buyer).contentType(ContentType.JSON).body(Map.of("responseId", response, "valuePence", 4_000_000))
                .post(NOTICES + "/" + contract + "/award").then().statusCode(200);

        visitor.open("/dashboard").sees("Dashboard").follow("Your contracts")
                .sees("Your contracts").follow("Social value of " + title).sees("Social value: " + title);
        assertThat(visitor.page().locator("#social-value tbody").innerText())
                .isEqualTo("Local employment\tApprenticeships started\t2\t0\t0");

        visitor.fill("Period", "2026-Q4").press("Report social value").sees("Error: Social value: " + title);
        assertThat(visitor.page().locator(".govuk-error-summary").innerText()).contains("Choose what you measured")
                .contains("Enter how much you delivered");
        assertThat(visitor.page().locator("#period").inputValue()).isEqualTo("2026-Q4");

        visitor.select("What you measured", "Apprenticeships started (apprenticeships)")
                .fill("How much you delivered", "1").press("Report social value").sees("Social value: " + title)
                .screenshot("social-value");
        assertThat(visitor.page().locator("#reported").innerText())
                .isEqualTo("Your social value for 2026-Q4 has been reported");
        assertThat(visitor.page().locator("#social-value tbody").innerText())
                .isEqualTo("Local employment\tApprenticeships started\t2\t1\t0");

        visitor.fill("Period", "2026").select("What you measured", "Another measure, not in the catalogue")
                .select("Charter principle it comes under", "Green and sustainable")
                .fill("Your measure", "Food waste composted in tonnes").fill("How much you delivered", "2.5")
                .press("Report social value").sees("Social value: " + title);
        assertThat(visitor.page().locator("#social-value tbody").innerText()).contains(
                "Green and sustainable\tFood waste composted in tonnes\t0\t2.5\t0");

        // another business finds no such page
        PortalBrowser.Visitor other = browser.visitor(javaScript);
        other.signIn(Api.registerBusiness("Other Foods Ltd " + word).email(), Api.PASSWORD).sees("Dashboard")
                .open("/supplier/contracts/" + contract + "/social-value").sees("Page not found");
    }
}

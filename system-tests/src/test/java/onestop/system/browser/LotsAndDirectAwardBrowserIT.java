package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import onestop.system.Api;
import onestop.system.RunningSystem;

/**
 * The procurement pages no other browser journey walks, in Chromium with JavaScript on and off and axe-core on
 * every page: a tender divided into lots (the notice form's lot rows, the public notice's lots, a supplier's bid
 * for one lot, the buyer's scoring on that lot, the award), and a direct award on a Schedule 5 ground followed,
 * once its standstill has passed, by the contract it leads to.
 */
class LotsAndDirectAwardBrowserIT extends BrowserJourneys {

    private static final String NOTICES = Api.OPPORTUNITIES + "/opportunities/";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aTenderInLotsIsBidForScoredAndAwardedOnOneLot(boolean javaScript) {
        String title = "Park maintenance " + UUID.randomUUID().toString().substring(0, 8);
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        tender(buyer, title, "Grass, beds and paths in two halves of the city.", "77310000-6");
        lot(buyer, 1, "North parks", "40000");
        lot(buyer, 2, "South parks", "30000");
        buyer.screenshot("notice-lots").press("Save draft notice").sees(title + " (your notice)");
        buyer.press("Publish notice").sees(title + " (your notice)");
        String noticePage = buyer.page().url().replaceAll("^https?://[^/]+", "");
        String id = noticePage.substring("/buyer/notices/".length());
        List<String> lots = RestAssured.given().get(NOTICES + id).then().statusCode(200).extract()
                .path("procurement.lots.id");
        assertThat(lots).hasSize(2);

        // a supplier bids for the north parks only; another, through the API, for both
        Api.Business mowers = Api.registerBusiness("Moseley Mowers Ltd");
        as(mowers.token()).contentType(ContentType.JSON).body(Map.of("name", "Moseley Mowers Ltd", "size", "MICRO"))
                .put(Api.OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        PortalBrowser.Visitor supplier = browser.visitor(javaScript);
        supplier.signIn(mowers.email(), Api.PASSWORD).sees("Dashboard").open("/opportunities/" + id).sees(title);
        assertThat(supplier.text()).contains("North parks").contains("South parks");
        supplier.press("Respond to this opportunity").sees("Respond to this opportunity")
                .fill("Summary of your response", "Two crews, mowing fortnightly.").fill("Your price", "38000")
                .check("Lot " + lots.get(0) + ": North parks").press("Submit response")
                .sees("Your response to " + title);
        assertThat(supplier.text()).contains("North parks").doesNotContain("South parks");
        String mowersTender = supplier.page().url().replaceAll(".*/responses/([^?]+).*", "$1");
        Api.Business rival = Api.registerBusiness("Handsworth Gardens CIC");
        as(rival.token()).contentType(ContentType.JSON).body(Map.of("name", "Handsworth Gardens CIC", "size", "SMALL"))
                .put(Api.OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        String rivalTender = as(rival.token()).contentType(ContentType.JSON).body(Map.of("summary", "All of it.",
                "pricePence", 6_500_000, "lotIds", lots)).post(NOTICES + id + "/responses").then().statusCode(201)
                .extract().path("id");

        // at the deadline the notice closes; the buyer scores both tenders on the north lot and awards it
        system.deadlinePasses(id);
        buyer.open(noticePage).sees(title + " (your notice)");
        score(buyer, noticePage + "/responses/" + mowersTender + "/score?lot=" + lots.get(0), 80, 70, title);
        score(buyer, noticePage + "/responses/" + rivalTender + "/score?lot=" + lots.get(0), 60, 60, title);
        score(buyer, noticePage + "/responses/" + rivalTender + "/score?lot=" + lots.get(1), 70, 70, title);
        buyer.page().getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Moseley Mowers Ltd")).check();
        buyer.fill("Contract value", "38000").press("Award contract").sees(title + " (your notice)");
        assertThat(buyer.text()).contains("Awarded to Moseley Mowers Ltd");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aDirectAwardLeadsToItsContractOnceTheStandstillHasPassed(boolean javaScript) {
        String title = "Emergency footbridge repair " + UUID.randomUUID().toString().substring(0, 8);
        PortalBrowser.Visitor buyer = browser.visitor(javaScript);
        tender(buyer, title, "The footbridge over the canal at Edgbaston.", "45221111-3")
                .press("Save draft notice").sees(title + " (your notice)")
                .follow("Award directly without competition").sees("Award directly without competition")
                .press("Award contract").sees("Error: Award directly without competition");
        assertThat(buyer.page().locator(".govuk-error-summary").innerText())
                .contains("Select the Schedule 5 ground you are relying on");
        buyer.check("Extreme and unavoidable urgency that you did not cause")
                .fill("Why does this ground apply to this contract?", "The bridge was struck by a narrowboat")
                .fill("Supplier", "Bridges Ltd").fill("Contract value", "45000")
                .press("Award contract").sees(title + " (your notice)").screenshot("direct-award");
        assertThat(buyer.text()).contains("Awarded without competition because");
        String id = buyer.page().url().replaceAll(".*/buyer/notices/", "");

        LocalDate lastDay = LocalDate.parse(RestAssured.given().get(NOTICES + id).then().statusCode(200).extract()
                .path("procurement.standstillLastDay"));
        LocalDate signed = lastDay.plusDays(1);
        system.moveClock(RunningSystem.OPPORTUNITIES, signed.atTime(9, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant());
        try {
            buyer.press("Record the contract").sees("Record the contract")
                    .fillField("signedOn-day", String.valueOf(signed.getDayOfMonth()))
                    .fillField("signedOn-month", String.valueOf(signed.getMonthValue()))
                    .fillField("signedOn-year", String.valueOf(signed.getYear()))
                    .press("Record contract").sees(title + " (your notice)");
            assertThat(buyer.text()).contains("Bridges Ltd").contains("£45,000");
        } finally {
            system.moveClock(RunningSystem.OPPORTUNITIES, null);
        }
    }

    /** The buyer, signed in, fills the notice form for a tender closing in 30 days; not saved yet. */
    private static PortalBrowser.Visitor tender(PortalBrowser.Visitor buyer, String title, String description,
            String cpvCode) {
        LocalDate closing = LocalDate.now().plusDays(30);
        return buyer.signIn("buyer@onestop.local", system.staffPassword("buyer")).sees("Dashboard")
                .open("/buyer/notices/new").sees("Create a notice")
                .fill("Title", title).fill("Description", description).check("Tender").fill("CPV codes", cpvCode)
                .fill("Day", String.valueOf(closing.getDayOfMonth()))
                .fill("Month", String.valueOf(closing.getMonthValue()))
                .fill("Year", String.valueOf(closing.getYear())).fill("Closing time", "17:00");
    }

    private static void lot(PortalBrowser.Visitor buyer, int number, String title, String value) {
        buyer.fillField(number == 1 ? "lots" : "lot-" + number + "-title", title)
                .fillField("lot-" + number + "-value", value)
                .fillField("lot-" + number + "-c1-name", "Price").selectField("lot-" + number + "-c1-kind", "PRICE")
                .fillField("lot-" + number + "-c1-weight", "70")
                .fillField("lot-" + number + "-c2-name", "Social value")
                .selectField("lot-" + number + "-c2-kind", "SOCIAL_VALUE")
                .fillField("lot-" + number + "-c2-weight", "30");
    }

    private static void score(PortalBrowser.Visitor buyer, String path, int price, int socialValue, String title) {
        buyer.open(path).sees("Score this tender")
                .fillField("score-1", String.valueOf(price)).fillField("reason-1", "Price, scored " + price)
                .fillField("score-2", String.valueOf(socialValue))
                .fillField("reason-2", "Social value, scored " + socialValue)
                .press("Save scores").sees(title);
    }
}

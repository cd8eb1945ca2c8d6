package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * The Procurement Act pages, walked without JavaScript: a buyer drafts a tender with award criteria, two suppliers
 * tender, the buyer scores both and awards; each supplier reads its assessment summary, the public notice lists the
 * notices published, and the contract cannot be recorded before the standstill ends; after it (the service's
 * clock moved) the contract is recorded, changed and ended, each a notice on the public page.
 */
public class PortalTenderAssessmentIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aTenderIsScoredAwardedAndEachSupplierReadsItsSummary() {
        String title = "Park bench repairs " + UUID.randomUUID().toString().substring(0, 8);
        FormBrowser buyer = FormBrowser.signedIn("buyer@onestop.local", system.staffPassword("buyer"));

        // weightings that do not add up to 100 are refused against the criteria; blank rows are left out
        buyer.get("/buyer/notices/new");
        Map<String, Object> notice = PortalProcurementIT.noticeForm(title);
        notice.putAll(criterion(1, "Price", "PRICE", "60"));
        notice.putAll(criterion(3, "Quality", "QUALITY", "30"));
        String refused = buyer.post("/buyer/notices/new", notice).then().statusCode(200).extract().asString();
        assertThat(refused).contains("govuk-error-summary").contains("href=\"#awardCriteria\"")
                .contains("value=\"Quality\"");
        notice.putAll(criterion(3, "Quality", "QUALITY", "35"));
        notice.putAll(criterion(5, "Social value", "SOCIAL_VALUE", "5"));
        Response created = buyer.post("/buyer/notices/new", notice);
        String noticePage = FormBrowser.location(created);
        String id = noticePage.substring("/buyer/notices/".length());
        assertThat(buyer.follow(created).asString()).contains("Procurement Act").contains("Price (Price): 60%")
                .contains("Quality (Quality): 35%").contains("Social value (Social value): 5%")
                .contains("govuk-warning-text").contains("Social value is weighted below 10%");
        buyer.follow(buyer.post(noticePage + "/publish", Map.of()));

        // two suppliers tender through the API
        Api.Business acme = Api.registerBusiness("Acme Benches Ltd");
        Api.Business rival = Api.registerBusiness("Rival Joinery CIC");
        String acmeTender = tender(acme, "Acme Benches Ltd", id, 2_000_000);
        String rivalTender = tender(rival, "Rival Joinery CIC", id, 1_800_000);

        // at the deadline the notice closes; the buyer scores each tender against each criterion
        Instant closed = system.deadlinePasses(id);
        assertThat(buyer.get(noticePage).asString()).contains("Score this tender")
                .contains("/buyer/notices/" + id + "/responses/" + acmeTender + "/score")
                .contains("No tenders scored yet");
        String acmeScoring = noticePage + "/responses/" + acmeTender + "/score";
        assertThat(buyer.get(acmeScoring).asString()).contains("Score this tender").contains("Price (60%)");
        Map<String, Object> bad = scores(80, 90, 70);
        bad.put("score-2", "lots");
        bad.put("reason-3", "");
        assertThat(buyer.post(acmeScoring, bad).asString()).contains("govuk-error-summary")
                .contains("href=\"#score-2\"").contains("Quality: enter the score as a whole number from 0 to 100");
        Map<String, Object> tooHigh = scores(80, 90, 70);
        tooHigh.put("score-1", "101");
        assertThat(buyer.post(acmeScoring, tooHigh).asString()).contains("href=\"#score-1\"")
                .contains("Enter a score from 0 to 100");
        assertThat(FormBrowser.location(buyer.post(acmeScoring, scores(80, 90, 70))))
                .isEqualTo(noticePage);
        String rivalScoring = noticePage + "/responses/" + rivalTender + "/score";
        buyer.get(rivalScoring);
        buyer.follow(buyer.post(rivalScoring, scores(90, 60, 40)));
        String scored = buyer.get(noticePage).asString();
        assertThat(scored).contains("id=\"assessments\"").containsPattern("RSP-\\d{4}-\\d{6}</td><td[^>]*>83")
                .containsPattern("RSP-\\d{4}-\\d{6}</td><td[^>]*>77");

        // the award starts the standstill
        buyer.follow(buyer.post(noticePage + "/award", Map.of("responseId", acmeTender, "awardValue", "20000")));
        String awarded = buyer.get(noticePage).asString();
        assertThat(awarded).contains("Ends at the end of").contains("Record the contract");

        // each supplier reads its summary from its response page
        FormBrowser acmeBrowser = FormBrowser.signedIn(acme.email(), Api.PASSWORD);
        String acmeResponse = "/opportunities/" + id + "/responses/" + acmeTender;
        assertThat(acmeBrowser.get(acmeResponse).asString()).contains("Your assessment summary");
        assertThat(acmeBrowser.get(acmeBrowser.link("[^\"]*/assessment-summary")).asString())
                .contains("Your assessment summary").contains("was the most advantageous")
                .contains("Price reasons, scored 80").contains("The standstill period ends at the end of");
        FormBrowser rivalBrowser = FormBrowser.signedIn(rival.email(), Api.PASSWORD);
        rivalBrowser.get("/opportunities/" + id + "/responses/" + rivalTender);
        assertThat(rivalBrowser.get(rivalBrowser.link("[^\"]*/assessment-summary")).asString())
                .contains("was not successful").contains("Acme Benches Ltd")
                .contains("Quality reasons, scored 60").contains("Quality reasons, scored 90");
        // nobody reads another supplier's summary
        assertThat(rivalBrowser.get(acmeResponse + "/assessment-summary").statusCode()).isEqualTo(404);

        // the public notice lists the notices published, oldest first
        String history = RestAssured.given().accept("text/html").get("/opportunities/" + id).asString();
        assertThat(history).contains("Notice history");
        assertThat(history.indexOf("Tender notice (UK4)")).isPositive()
                .isLessThan(history.indexOf("Contract award notice (UK6)"));

        // the contract cannot be recorded during the standstill: the service's reason is the error summary
        buyer.get(noticePage + "/contract");
        LocalDate today = LocalDate.ofInstant(closed, ZoneId.of("Europe/London"));
        String early = buyer.post(noticePage + "/contract", Map.of("signedOn-day", today.getDayOfMonth(),
                "signedOn-month", today.getMonthValue(), "signedOn-year", today.getYear(), "value", "20000"))
                .then().statusCode(200).extract().asString();
        assertThat(early).contains("<title>Error: Record the contract").contains("govuk-error-summary")
                .contains("The standstill period ends at the end of");

        // the day after the standstill's last day (the service's clock moved), the contract is recorded (UK7),
        // then changed (UK10)
        LocalDate lastDay = LocalDate.parse(RestAssured.given().get("/api/opportunities/opportunities/" + id)
                .then().statusCode(200).extract().path("procurement.standstillLastDay"));
        LocalDate signed = lastDay.plusDays(1);
        system.moveClock(RunningSystem.OPPORTUNITIES, signed.atTime(9, 0).atZone(ZoneId.of("Europe/London"))
                .toInstant());
        try {
            Response recorded = buyer.post(noticePage + "/contract", Map.of("signedOn-day", signed.getDayOfMonth(),
                    "signedOn-month", signed.getMonthValue(), "signedOn-year", signed.getYear(), "value", "20000"));
            assertThat(recorded.statusCode()).as(recorded.asString()).isEqualTo(303);
            assertThat(buyer.get(FormBrowser.location(recorded)).asString()).doesNotContain("govuk-error-summary");
            buyer.get(noticePage + "/contract/changes");
            Response changed = buyer.post(noticePage + "/contract/changes",
                    Map.of("description", "Two more parks", "value", "22000"));
            assertThat(changed.statusCode()).as(changed.asString()).isEqualTo(303);
            assertThat(buyer.get(FormBrowser.location(changed)).asString()).contains("Two more parks");
            buyer.get(noticePage + "/contract/termination");
            Response ended = buyer.post(noticePage + "/contract/termination", Map.of("endedOn-day",
                    signed.getDayOfMonth(), "endedOn-month", signed.getMonthValue(), "endedOn-year", signed.getYear(),
                    "reason", "Ended by agreement"));
            assertThat(ended.statusCode()).as(ended.asString()).isEqualTo(303);
            String published = RestAssured.given().accept("text/html").get("/opportunities/" + id).asString();
            assertThat(published.indexOf("Contract award notice (UK6)")).isPositive()
                    .isLessThan(published.indexOf("Contract details notice (UK7)"));
            assertThat(published.indexOf("Contract details notice (UK7)"))
                    .isLessThan(published.indexOf("Contract change notice (UK10)"));
            assertThat(published).contains("Contract termination notice (UK11)");
        } finally {
            system.moveClock(RunningSystem.OPPORTUNITIES, null);
        }
    }

    private static Map<String, Object> criterion(int row, String name, String kind, String weight) {
        return Map.of("criterionName-" + row, name, "criterionKind-" + row, kind, "criterionWeight-" + row, weight);
    }

    private static Map<String, Object> scores(int price, int quality, int socialValue) {
        Map<String, Object> form = new HashMap<>();
        form.put("score-1", String.valueOf(price));
        form.put("reason-1", "Price reasons, scored " + price);
        form.put("score-2", String.valueOf(quality));
        form.put("reason-2", "Quality reasons, scored " + quality);
        form.put("score-3", String.valueOf(socialValue));
        form.put("reason-3", "Social value reasons, scored " + socialValue);
        return form;
    }

    /** A supplier's profile and tender, through the API; the tender's id. */
    public static String tender(Api.Business business, String name, String noticeId, long pricePence) {
        Api.as(business.token()).contentType(ContentType.JSON).body(Map.of("name", name, "size", "SMALL"))
                .put(Api.OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        return Api.as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("summary", "Our tender for the benches", "pricePence", pricePence))
                .post(Api.OPPORTUNITIES + "/opportunities/" + noticeId + "/responses")
                .then().statusCode(201).extract().path("id");
    }
}

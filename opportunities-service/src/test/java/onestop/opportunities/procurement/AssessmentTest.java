package onestop.opportunities.procurement;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * Tenders are scored against the notice's award criteria after the deadline; the contract award notice needs every
 * tender assessed; then each supplier reads its assessment summary: its scores and the winner's, with reasons.
 */
@OpportunitiesTest
class AssessmentTest {

    private static final String COUNCIL = TestTokens.buyer("Birmingham City Council");
    private static final List<Map<String, Object>> CRITERIA = List.of(
            Map.of("name", "Price", "kind", "PRICE", "weight", 50),
            Map.of("name", "Quality", "kind", "QUALITY", "weight", 40),
            Map.of("name", "Social value", "kind", "SOCIAL_VALUE", "weight", 10));

    @Test
    void weightingsAddUpTo100AndSocialValueBelow10PercentIsWarned() {
        Map<String, Object> body = Api.notice("Street lighting " + Api.word());
        body.put("awardCriteria", List.of(Map.of("name", "Price", "kind", "PRICE", "weight", 60),
                Map.of("name", "Quality", "kind", "QUALITY", "weight", 30)));
        as(COUNCIL).body(body).post(OPPORTUNITIES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("awardCriteria")).body("errors.code", hasItem("out-of-range"));
        body.put("awardCriteria", List.of(Map.of("name", "Price", "kind", "PRICE", "weight", 65),
                Map.of("name", "Quality", "kind", "QUALITY", "weight", 30),
                Map.of("name", "Social value", "kind", "SOCIAL_VALUE", "weight", 5)));
        UUID id = Api.draft(COUNCIL, body);
        as(COUNCIL).get(OPPORTUNITIES + "/" + id).then().body("procurement.awardCriteria.weight", contains(65, 30, 5))
                .body("procurement.warnings[0]", is("Social value is weighted below 10%, the level PPN 002 asks for"));
        body.put("awardCriteria", CRITERIA);
        UUID good = Api.draft(COUNCIL, body);
        as(COUNCIL).get(OPPORTUNITIES + "/" + good).then().body("procurement.warnings.size()", is(0));
    }

    @Test
    void everyTenderIsAssessedAfterTheDeadlineAndEachSupplierReadsItsSummary() {
        Map<String, Object> body = Api.notice("Community transport " + Api.word());
        body.put("awardCriteria", CRITERIA);
        body.put("closingAt", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        UUID id = Api.published(COUNCIL, body);
        String notice = OPPORTUNITIES + "/" + id;
        String acme = TestTokens.business(UUID.randomUUID());
        String rival = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(acme, "Acme Minibuses Ltd");
        Api.supplierProfile(rival, "Rival Coaches Ltd");
        String acmeTender = respond(acme, notice, 4_000_000);
        String rivalTender = respond(rival, notice, 3_500_000);

        as(COUNCIL).body(scores(80, 70, 60)).put(notice + "/responses/" + acmeTender + "/assessment").then()
                .statusCode(409).body("type", org.hamcrest.Matchers.endsWith("/problems/tenders-sealed"));
        Api.deadlinePasses(COUNCIL, notice);
        as(COUNCIL).body(Map.of("responseId", acmeTender, "valuePence", 4_000_000)).post(notice + "/award").then()
                .statusCode(409).contentType("application/problem+json");

        as(COUNCIL).body(Map.of("scores", List.of(Map.of("criterion", "Speed", "score", 50, "reason", "Fast"))))
                .put(notice + "/responses/" + acmeTender + "/assessment").then().statusCode(422)
                .body("errors.field", hasItem("scores[0].criterion")).body("errors.field", hasItem("scores"));
        as(COUNCIL).body(Map.of("scores", List.of(Map.of("criterion", "Price", "score", 101, "reason", "x"))))
                .put(notice + "/responses/" + acmeTender + "/assessment").then().statusCode(400)
                .body("errors.field", hasItem("scores[0].score"));
        as(COUNCIL).body(scores(80, 90, 70)).put(notice + "/responses/" + acmeTender + "/assessment").then()
                .statusCode(200).body("total", is(83.0f));
        as(COUNCIL).body(scores(90, 60, 40)).put(notice + "/responses/" + rivalTender + "/assessment").then()
                .statusCode(200).body("total", is(73.0f));
        as(TestTokens.buyer("Sandwell Council")).get(notice + "/assessments").then().statusCode(404);
        as(COUNCIL).get(notice + "/assessments").then().statusCode(200).body("total", contains(83.0f, 73.0f));
        as(rival).get(notice + "/responses/" + rivalTender + "/assessment-summary").then().statusCode(404);

        as(COUNCIL).body(Map.of("responseId", acmeTender, "valuePence", 4_000_000)).post(notice + "/award").then()
                .statusCode(200).body("procurement.assessmentSummariesSentAt", notNullValue());

        as(rival).get(notice + "/responses/" + rivalTender + "/assessment-summary").then().statusCode(200)
                .body("successful", is(false)).body("yourTotal", is(73.0f)).body("winningTotal", is(83.0f))
                .body("winningSupplier", is("Acme Minibuses Ltd"))
                .body("criteria.criterion", contains("Price", "Quality", "Social value"))
                .body("criteria[1].yourScore", is(60)).body("criteria[1].winningScore", is(90))
                .body("criteria[1].winningReason", is("Quality reasons, scored 90"))
                .body("standstillLastDay", notNullValue());
        as(acme).get(notice + "/responses/" + acmeTender + "/assessment-summary").then().statusCode(200)
                .body("successful", is(true));
        as(rival).get(notice + "/responses/" + acmeTender + "/assessment-summary").then().statusCode(404);
        as(TestTokens.business(UUID.randomUUID())).get(notice + "/responses/" + rivalTender + "/assessment-summary")
                .then().statusCode(404);
        given().get(notice + "/notices").then().body("[1].noticeType", is("UK6"))
                .body("[1].release.awards[0].assessmentSummariesDateSent", notNullValue());
        as(COUNCIL).body(scores(10, 10, 10)).put(notice + "/responses/" + acmeTender + "/assessment").then()
                .statusCode(409);
    }

    @Test
    void aNoticeWithoutCriteriaIsAwardedUnscoredOrItsSummariesSentWhenEveryTenderWasScoredOverall() {
        Map<String, Object> body = Api.notice("Minibus hire " + Api.word());
        UUID unscored = Api.published(COUNCIL, body);
        String quiet = OPPORTUNITIES + "/" + unscored;
        String solo = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(solo, "Solo Cabs Ltd");
        String only = respond(solo, quiet, 900_000);
        Api.deadlinePasses(COUNCIL, quiet);
        as(COUNCIL).body(Map.of("responseId", only, "valuePence", 900_000)).post(quiet + "/award").then()
                .statusCode(200).body("procurement.assessmentSummariesSentAt", nullValue());

        UUID id = Api.published(COUNCIL, Api.notice("Minibus hire " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        String acme = TestTokens.business(UUID.randomUUID());
        String rival = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(acme, "Acme Minibuses Ltd");
        Api.supplierProfile(rival, "Rival Coaches Ltd");
        String acmeTender = respond(acme, notice, 900_000);
        String rivalTender = respond(rival, notice, 800_000);
        Api.deadlinePasses(COUNCIL, notice);
        as(COUNCIL).body(overall(75, "Newer vehicles")).put(notice + "/responses/" + acmeTender + "/assessment")
                .then().statusCode(200);
        as(COUNCIL).body(overall(60, "No wheelchair access")).put(notice + "/responses/" + rivalTender
                + "/assessment").then().statusCode(200);
        as(COUNCIL).body(Map.of("responseId", acmeTender, "valuePence", 900_000)).post(notice + "/award").then()
                .statusCode(200).body("procurement.assessmentSummariesSentAt", notNullValue());

        as(rival).get(notice + "/responses/" + rivalTender + "/assessment-summary").then().statusCode(200)
                .body("successful", is(false)).body("criteria.criterion", contains("Overall"))
                .body("criteria[0].yourScore", is(60)).body("criteria[0].yourReason", is("No wheelchair access"))
                .body("criteria[0].winningScore", is(75)).body("winningSupplier", is("Acme Minibuses Ltd"));
    }

    private static Map<String, Object> overall(int score, String reason) {
        return Map.of("scores", List.of(Map.of("criterion", "Overall", "score", score, "reason", reason)));
    }

    private static String respond(String token, String notice, long pricePence) {
        return as(token).body(Map.of("summary", "Our tender", "pricePence", pricePence)).post(notice + "/responses")
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> scores(int price, int quality, int socialValue) {
        return Map.of("scores", List.of(
                Map.of("criterion", "Price", "score", price, "reason", "Price reasons, scored " + price),
                Map.of("criterion", "quality", "score", quality, "reason", "Quality reasons, scored " + quality),
                Map.of("criterion", "Social value", "score", socialValue, "reason", "Social value, " + socialValue)));
    }
}

package onestop.opportunities.response;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;
import onestop.platform.testing.TopicWriter;
import onestop.platform.time.WorkingDayCalendar;

/** From a buyer's draft to a supplier's social value report, as the two of them see it. */
@OpportunitiesTest
class SupplierJourneyTest {

    @Inject
    TestClock clock;

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final UUID acme = UUID.randomUUID();
    private final String acmeToken = TestTokens.business(acme);
    private final UUID rival = UUID.randomUUID();
    private final String rivalToken = TestTokens.business(rival);

    @Test
    void aNoticeRunsFromDraftToAwardAndSocialValue() throws Exception {
        Api.supplierProfile(acmeToken, "Acme Street Food Ltd");
        Api.supplierProfile(rivalToken, "Rival Catering CIC");
        issueLicence(acme, "STREET_TRADING");

        Map<String, Object> body = Api.notice("Festival catering " + Api.word());
        body.put("requiredLicenceTypes", List.of("STREET_TRADING", "PREMISES"));
        body.put("socialValueThemes", List.of("LOCAL_EMPLOYMENT"));
        UUID id = Api.published(council, body);
        String notice = OPPORTUNITIES + "/" + id;

        // a supplier asks; the buyer answers and publishes; the notice shows it without the asker
        String qid = as(acmeToken).body(Map.of("question", "Is power supplied on site?"))
                .post(notice + "/questions").then().statusCode(201).extract().path("id");
        as(council).get(notice + "/questions").then().statusCode(200).body("question", hasItem("Is power supplied on site?"));
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(council).body(Map.of("answer", "Yes, 16A.", "publish", true))
                    .post(notice + "/questions/" + qid + "/answer").then().statusCode(200);
            ConsumerRecord<String, String> answered = topic.await(1, r -> qid.equals(r.key()), Duration.ofSeconds(15)).get(0);
            assertThat(TopicReader.header(answered, "ce_type")).isEqualTo("onestop.opportunities.question.answered");
            assertThat(answered.value()).contains(acme.toString());
        }
        given().get(notice).then().body("questions[0].question", is("Is power supplied on site?"))
                .body("questions[0].answer", is("Yes, 16A.")).body(not(containsString(acme.toString())));

        // responses: a receipt, one each, amendable, each supplier sees only its own
        Map<String, Object> response = Map.of("summary", "Three vans, local staff.", "pricePence", 4_500_000,
                "socialValueCommitments", List.of(Map.of("theme", "LOCAL_EMPLOYMENT",
                        "description", "Hire from Ladywood", "measure", "local people hired", "target", 5)));
        String responseId = as(acmeToken).body(response).post(notice + "/responses").then().statusCode(201)
                .body("reference", matchesPattern("RSP-\\d{4}-\\d{6}")).body("submittedAt", notNullValue())
                .body("licenceCheck.required", is(List.of("PREMISES", "STREET_TRADING")))
                .body("licenceCheck.held", is(List.of("STREET_TRADING")))
                .body("licenceCheck.missing", is(List.of("PREMISES")))
                .extract().path("id");
        as(acmeToken).body(response).post(notice + "/responses").then().statusCode(409)
                .contentType("application/problem+json");
        as(acmeToken).body(Map.of("summary", "Four vans, local staff.", "pricePence", 4_400_000,
                "socialValueCommitments", response.get("socialValueCommitments")))
                .patch(notice + "/responses/" + responseId).then().statusCode(200).body("pricePence", is(4_400_000));
        as(rivalToken).body(Map.of("summary", "Hot food", "pricePence", 3_000_000)).post(notice + "/responses")
                .then().statusCode(201);
        as(rivalToken).get(notice + "/responses/" + responseId).then().statusCode(404);
        as(rivalToken).get(notice + "/responses").then().statusCode(200).body("$", hasSize(1))
                .body("[0].supplierName", is("Rival Catering CIC"));
        // sealed tenders: until the deadline the buyer learns how many arrived, not what they say
        as(council).get(notice + "/responses").then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/tenders-sealed"));
        as(council).get(notice + "/responses/" + responseId).then().statusCode(409);
        as(council).get(notice + "/responses/received").then().statusCode(200)
                .body("count", is(2)).body("sealed", is(true)).body("sealedUntil", notNullValue());
        as(TestTokens.buyer("Sandwell Council")).get(notice + "/responses").then().statusCode(404);
        as(TestTokens.buyer("Sandwell Council")).get(notice + "/responses/received").then().statusCode(404);
        as(acmeToken).get(notice + "/responses/received").then().statusCode(403);

        // award only after closing; the award notice is public; the event names the winner, the licences and
        // the other bidders
        as(council).body(Map.of("responseId", responseId, "valuePence", 4_400_000)).post(notice + "/award")
                .then().statusCode(409);
        Api.deadlinePasses(council, notice);
        as(council).get(notice + "/responses").then().statusCode(200).body("$", hasSize(2));
        as(council).get(notice + "/responses/received").then().body("count", is(2)).body("sealed", is(false));
        as(acmeToken).body(response).patch(notice + "/responses/" + responseId).then().statusCode(409);
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(council).body(Map.of("responseId", responseId, "valuePence", 4_400_000)).post(notice + "/award")
                    .then().statusCode(200).body("status", is("AWARDED"));
            String awarded = topic.await(1, r -> id.toString().equals(r.key())
                    && "onestop.opportunities.opportunity.awarded".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(15)).get(0).value();
            assertThat(awarded).contains(acme.toString()).contains("\"PREMISES\"").contains("missingLicenceTypes");
            assertThat(new ObjectMapper().findAndRegisterModules().readValue(awarded, OpportunityAwarded.class)
                    .unsuccessfulBusinessIds()).containsExactly(rival);
        }
        given().get(notice).then().body("award.supplierName", is("Acme Street Food Ltd"))
                .body("award.valuePence", is(4_400_000));

        // the winner reports social value for this quarter; the summary shows committed against delivered
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.COUNCIL_ZONE);
        String period = today.getYear() + "-Q" + ((today.getMonthValue() + 2) / 3);
        as(rivalToken).body(Map.of("period", period, "theme", "LOCAL_EMPLOYMENT", "measure", "local people hired",
                "value", 3)).post("/api/opportunities/contracts/" + id + "/social-value-reports").then().statusCode(404);
        as(acmeToken).body(Map.of("period", period, "theme", "LOCAL_EMPLOYMENT", "measure", "local people hired",
                "value", 3)).post("/api/opportunities/contracts/" + id + "/social-value-reports").then().statusCode(201);
        List<Map<String, Object>> lines = given().get("/api/opportunities/social-value/summary").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.year == " + today.getYear()
                        + " && it.buyer == 'Birmingham City Council' && it.measure == 'local people hired' }");
        assertThat(lines).isNotEmpty();
        assertThat(((Number) lines.get(0).get("committed")).doubleValue()).isGreaterThanOrEqualTo(5);
        assertThat(((Number) lines.get(0).get("delivered")).doubleValue()).isGreaterThanOrEqualTo(3);
        given().accept("text/csv").get("/api/opportunities/social-value/summary").then().statusCode(200)
                .contentType(containsString("text/csv"))
                .body(containsString("year,buyer,theme,measure,committed,delivered"))
                .body(containsString("Birmingham City Council,LOCAL_EMPLOYMENT,local people hired"));
    }

    @Test
    void respondingNeedsAProfileAnOpenNoticeAndABusiness() {
        UUID id = Api.draft(council, Api.notice("Hedges " + Api.word()));
        Map<String, Object> response = Map.of("summary", "We trim.", "pricePence", 100);
        as(TestTokens.business(UUID.randomUUID())).body(response).post(OPPORTUNITIES + "/" + id + "/responses")
                .then().statusCode(404);
        as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
        as(TestTokens.business(UUID.randomUUID())).body(response).post(OPPORTUNITIES + "/" + id + "/responses")
                .then().statusCode(422);
        as(council).body(response).post(OPPORTUNITIES + "/" + id + "/responses").then().statusCode(403);
        given().contentType("application/json").body(response).post(OPPORTUNITIES + "/" + id + "/responses")
                .then().statusCode(401);
        Map<String, Object> badTheme = Map.of("summary", "x", "pricePence", 1, "socialValueCommitments",
                List.of(Map.of("theme", "WORLD_PEACE", "description", "d", "measure", "m", "target", 1)));
        as(acmeToken).body(badTheme).post(OPPORTUNITIES + "/" + id + "/responses").then().statusCode(400);
    }

    @Test
    void theSupplierProfileIsKeptPerBusiness() {
        as(acmeToken).get("/api/opportunities/suppliers/me").then().statusCode(404);
        Api.supplierProfile(acmeToken, "Acme Ltd");
        as(acmeToken).get("/api/opportunities/suppliers/me").then().statusCode(200).body("name", is("Acme Ltd"))
                .body("cpvInterests", is(List.of("55520000-1")));
        as(acmeToken).body(Map.of("name", "Acme", "size", "HUGE")).put("/api/opportunities/suppliers/me")
                .then().statusCode(400).body("errors[0].field", is("size"));
        // the Procurement Act's identifiers, in shape: a PPON and a Companies House number
        as(acmeToken).body(Map.of("name", "Acme Ltd", "size", "SMALL", "ppon", "PABC-12-DEFG"))
                .put("/api/opportunities/suppliers/me").then().statusCode(400)
                .body("errors[0].field", is("ppon")).body("errors[0].code", is("pattern"));
        as(acmeToken).body(Map.of("name", "Acme Ltd", "size", "SMALL", "ppon", "PABC-1234-DEFG",
                "companyNumber", "SC123456")).put("/api/opportunities/suppliers/me").then().statusCode(200);
        as(acmeToken).get("/api/opportunities/suppliers/me").then().body("ppon", is("PABC-1234-DEFG"))
                .body("companyNumber", is("SC123456"));
        as(council).get("/api/opportunities/suppliers/me").then().statusCode(403);
    }

    private static void issueLicence(UUID business, String type) {
        UUID licence = UUID.randomUUID();
        TopicWriter.send("onestop.licensing.v1", licence.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.licensing.licence.issued", licence.toString(),
                "{\"licenceId\":\"" + licence + "\",\"businessId\":\"" + business + "\",\"licenceTypeCode\":\"" + type
                        + "\",\"licenceNumber\":\"LIC-2026-000001\",\"status\":\"ACTIVE\",\"expiresAt\":\"2030-01-01T00:00:00Z\"}"));
        Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> as(TestTokens.business(business))
                .get("/api/opportunities/suppliers/me/licences").then().body("licenceTypeCode", hasItem(type)));
    }
}

package onestop.opportunities.procurement;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.api.OpportunityChanged;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;
import onestop.platform.time.WorkingDayCalendar;

/**
 * A procurement under the Procurement Act 2023 publishes notices, each version kept as published (ADR 8): a tender
 * notice above threshold with its minimum tender period, a change as version 2, the contract award notice with its
 * standstill of 8 working days, the contract details notice refused until the standstill ends, contract changes
 * and the contract's end.
 */
@OpportunitiesTest
class ProcurementNoticesTest {

    private static final String COUNCIL = TestTokens.buyer("Birmingham City Council");

    @Inject
    TestClock clock;

    private final ObjectMapper json = new ObjectMapper();

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void anAboveThresholdTenderNoticeNeeds25DaysAndEachChangeIsANewVersion() throws Exception {
        Map<String, Object> body = aboveThreshold("Highways maintenance " + Api.word());
        body.put("closingAt", Instant.now().plus(20, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        UUID id = Api.draft(COUNCIL, body);
        as(COUNCIL).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("closingAt"));

        as(COUNCIL).body(Map.of("closingAt", in(30))).patch(OPPORTUNITIES + "/" + id).then().statusCode(200);
        as(COUNCIL).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200)
                .body("procurement.aboveThreshold", is(true)).body("procurement.valueGrossPence", is(30_000_000));
        as(COUNCIL).body(Map.of("title", "Highways maintenance, revised")).patch(OPPORTUNITIES + "/" + id).then()
                .statusCode(200);

        JsonNode history = json.readTree(given().get(OPPORTUNITIES + "/" + id + "/notices").then().statusCode(200)
                .extract().asString());
        assertThat(history).hasSize(2);
        assertThat(history.get(0).path("noticeType").asText()).isEqualTo("UK4");
        assertThat(history.get(0).path("version").asInt()).isEqualTo(1);
        assertThat(history.get(1).path("version").asInt()).isEqualTo(2);
        assertThat(history.get(0).path("release").path("tender").path("title").asText())
                .as("the first version stays as it was published").startsWith("Highways maintenance zq");
        assertThat(history.get(1).path("release").path("tender").path("title").asText())
                .isEqualTo("Highways maintenance, revised");
        JsonNode release = history.get(1).path("release");
        assertThat(release.path("id").asText()).matches("\\d{6}-\\d{4}");
        assertThat(release.path("tender").path("aboveThreshold").asBoolean()).isTrue();
        assertThat(release.path("tender").path("legalBasis").path("id").asText()).isEqualTo("2023/54");
        assertThat(release.path("tender").path("value").path("amountGross").decimalValue()).isEqualByComparingTo("300000.00");
        JsonNode notice = release.path("tender").path("documents").get(0);
        assertThat(notice.path("noticeType").asText()).isEqualTo("UK4");
        assertThat(notice.path("documentType").asText()).isEqualTo("tenderNotice");
        assertValid(release);

        clock.set(Instant.now().plus(31, ChronoUnit.DAYS));
        as(COUNCIL).body(Map.of("title", "Too late")).patch(OPPORTUNITIES + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void theContractDetailsNoticeWaitsForTheEndOfTheStandstill() throws Exception {
        Map<String, Object> body = Api.notice("School catering " + Api.word());
        body.put("closingAt", in(5));
        UUID id = Api.published(COUNCIL, body);
        String notice = OPPORTUNITIES + "/" + id;
        String supplier = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(supplier, "Acme Catering Ltd");
        String responseId = as(supplier).body(Map.of("summary", "Hot meals", "pricePence", 4_000_000))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");
        Api.deadlinePasses(COUNCIL, notice);

        as(COUNCIL).body(Map.of("responseId", responseId, "valuePence", 4_000_000)).post(notice + "/award").then()
                .statusCode(200);
        LocalDate today = LocalDate.ofInstant(clock.instant(), WorkingDayCalendar.COUNCIL_ZONE);
        LocalDate lastDay = Periods.standstillLastDay(today, WorkingDayCalendar.englandAndWales());
        given().get(notice).then().body("procurement.standstillLastDay", is(lastDay.toString()));

        Map<String, Object> contract = Map.of("signedOn", lastDay.toString(), "startOn", lastDay.plusDays(7).toString(),
                "endOn", lastDay.plusYears(2).toString());
        as(COUNCIL).body(contract).post(notice + "/contract").then().statusCode(409)
                .contentType("application/problem+json");

        clock.set(lastDay.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        as(COUNCIL).body(contract).post(notice + "/contract").then().statusCode(422)
                .body("errors.field", hasItem("signedOn"));
        Map<String, Object> signed = Map.of("signedOn", lastDay.plusDays(1).toString(),
                "startOn", lastDay.plusDays(7).toString(), "endOn", lastDay.plusYears(2).toString());
        as(COUNCIL).body(signed).post(notice + "/contract").then().statusCode(200)
                .body("procurement.contract.signedOn", is(lastDay.plusDays(1).toString()));
        as(COUNCIL).body(signed).post(notice + "/contract").then().statusCode(409);

        // the contract changes twice (two contract change notices), then ends (a contract termination notice)
        as(COUNCIL).body(Map.of("description", "Two more schools", "valuePence", 4_600_000))
                .post(notice + "/contract/changes").then().statusCode(200)
                .body("procurement.contract.valuePence", is(4_600_000))
                .body("procurement.contract.changes[0].description", is("Two more schools"));
        as(COUNCIL).body(Map.of("description", "Extended a year", "endOn", lastDay.plusYears(3).toString()))
                .post(notice + "/contract/changes").then().statusCode(200)
                .body("procurement.contract.endOn", is(lastDay.plusYears(3).toString()));
        as(COUNCIL).body(Map.of("description", "")).post(notice + "/contract/changes").then().statusCode(400)
                .body("errors.field", hasItem("description"));
        as(COUNCIL).body(Map.of("endedOn", lastDay.minusDays(30).toString(), "reason", "Ended by agreement"))
                .post(notice + "/contract/termination").then().statusCode(422).body("errors.field", hasItem("endedOn"));
        as(COUNCIL).body(Map.of("endedOn", lastDay.plusDays(1).toString(), "reason", "Ended by agreement"))
                .post(notice + "/contract/termination").then().statusCode(200)
                .body("procurement.contract.terminatedOn", is(lastDay.plusDays(1).toString()));
        as(COUNCIL).body(Map.of("description", "Too late")).post(notice + "/contract/changes").then().statusCode(409);

        JsonNode history = json.readTree(given().get(notice + "/notices").then().statusCode(200).extract().asString());
        assertThat(types(history)).containsExactly("UK4", "UK6", "UK7", "UK10", "UK10", "UK11");
        assertThat(history.get(4).path("version").asInt()).isEqualTo(2);
        JsonNode ended = history.get(5).path("release").path("contracts").get(0);
        assertThat(ended.path("status").asText()).isEqualTo("terminated");
        assertThat(ended.path("amendments")).hasSize(2);
        JsonNode supplierParty = history.get(1).path("release").path("parties").get(1);
        assertThat(supplierParty.path("id").asText()).as("the winner by its Companies House number")
                .isEqualTo("GB-COH-01234567");
        assertThat(supplierParty.path("identifier").path("scheme").asText()).isEqualTo("GB-COH");
        JsonNode award = history.get(1).path("release").path("awards").get(0);
        assertThat(award.path("status").asText()).isEqualTo("pending");
        assertThat(award.path("standstillPeriod").path("endDate").asText())
                .isEqualTo(lastDay.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant().toString());
        assertThat(award.path("documents").get(0).path("noticeType").asText()).isEqualTo("UK6");
        JsonNode details = history.get(2).path("release");
        assertThat(details.path("contracts").get(0).path("documents").get(0).path("noticeType").asText())
                .isEqualTo("UK7");
        for (JsonNode published : history) {
            assertValid(published.path("release"));
        }

        String ocid = history.get(0).path("release").path("ocid").asText();
        JsonNode record = json.readTree(given().get("/api/opportunities/ocds/records/" + ocid).then().statusCode(200)
                .extract().asString());
        JsonNode compiled = record.path("records").get(0).path("compiledRelease");
        assertThat(record.path("records").get(0).path("releases")).hasSize(6);
        assertThat(compiled.path("awards").get(0).path("status").asText()).isEqualTo("active");
        assertThat(compiled.path("contracts").get(0).path("status").asText()).isEqualTo("terminated");
        assertThat(compiled.path("contracts").get(0).path("dateSigned").asText()).isNotEmpty();
        given().get("/api/opportunities/ocds/records/ocds-nobody-000000").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void theStandstillStepsOverChristmasAndNewYearBankHolidays() {
        Map<String, Object> body = Api.notice("Winter gritting " + Api.word());
        body.put("closingAt", in(2));
        UUID id = Api.published(COUNCIL, body);
        String notice = OPPORTUNITIES + "/" + id;
        String supplier = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(supplier, "Grit Ltd");
        String tender = as(supplier).body(Map.of("summary", "Gritting", "pricePence", 900_000))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");
        Api.deadlinePasses(COUNCIL, notice);
        // awarded on Tuesday 21 December 2027: Christmas and Boxing Day fall at the weekend, so Monday 27 and
        // Tuesday 28 are bank holidays, and so is Monday 3 January 2028; the eighth working day is 4 January
        clock.set(Instant.parse("2027-12-21T10:00:00Z"));
        as(COUNCIL).body(Map.of("responseId", tender, "valuePence", 900_000)).post(notice + "/award").then()
                .statusCode(200).body("procurement.standstillLastDay", is("2028-01-04"));
        clock.set(Instant.parse("2028-01-04T16:00:00Z"));
        as(COUNCIL).body(Map.of("signedOn", "2028-01-04")).post(notice + "/contract").then().statusCode(409);
        clock.set(Instant.parse("2028-01-05T09:00:00Z"));
        as(COUNCIL).body(Map.of("signedOn", "2028-01-05")).post(notice + "/contract").then().statusCode(200);
    }

    @Test
    void suppliersWhoRespondedHearThatTheTenderNoticeChangedAndConfirmOrAmend() throws Exception {
        UUID id = Api.published(COUNCIL, Api.notice("Bin stores " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        UUID business = UUID.randomUUID();
        String supplier = TestTokens.business(business);
        Api.supplierProfile(supplier, "Bins Ltd");
        String mine = as(supplier).body(Map.of("summary", "Stores", "pricePence", 10_000)).post(notice + "/responses")
                .then().statusCode(201).body("confirmationNeededSince", nullValue()).extract().path("id");
        String rival = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(rival, "Rival Bins Ltd");
        String theirs = as(rival).body(Map.of("summary", "Bins", "pricePence", 12_000)).post(notice + "/responses")
                .then().statusCode(201).extract().path("id");
        as(supplier).post(notice + "/responses/" + mine + "/confirm").then().statusCode(409)
                .contentType("application/problem+json");
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(COUNCIL).body(Map.of("description", "Bin stores for twelve estates")).patch(OPPORTUNITIES + "/" + id)
                    .then().statusCode(200);
            String changed = topic.await(1, r -> id.toString().equals(r.key())
                    && "onestop.opportunities.opportunity.changed".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(20)).get(0).value();
            OpportunityChanged data = new ObjectMapper().findAndRegisterModules().readValue(changed,
                    OpportunityChanged.class);
            assertThat(data.respondentBusinessIds()).contains(business);
            assertThat(data.noticeVersion()).isEqualTo(2);
        }
        // each tender submitted before the change waits for its supplier: the buyer sees how many, still sealed
        as(COUNCIL).get(notice + "/responses/received").then().body("count", is(2)).body("unconfirmed", is(2));
        as(supplier).get(notice + "/responses/" + mine).then().body("confirmationNeededSince", notNullValue());
        as(rival).post(notice + "/responses/" + mine + "/confirm").then().statusCode(404);
        as(COUNCIL).post(notice + "/responses/" + mine + "/confirm").then().statusCode(403);
        as(supplier).post(notice + "/responses/" + mine + "/confirm").then().statusCode(200)
                .body("confirmationNeededSince", nullValue()).body("summary", is("Stores"));
        as(COUNCIL).get(notice + "/responses/received").then().body("unconfirmed", is(1));
        as(rival).body(Map.of("summary", "Bins, for twelve estates", "pricePence", 14_000))
                .patch(notice + "/responses/" + theirs).then().statusCode(200).body("confirmationNeededSince", nullValue());
        as(COUNCIL).get(notice + "/responses/received").then().body("unconfirmed", is(0));
        as(supplier).post(notice + "/responses/" + mine + "/confirm").then().statusCode(409);
    }

    @Test
    void aPlannedProcurementNoticePublishedInTimeAllowsATenDayTenderPeriod() throws Exception {
        UUID id = Api.draft(COUNCIL, aboveThreshold("Care home meals " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        as(COUNCIL).post(notice + "/planned-procurement").then().statusCode(200).body("status", is("PLANNED"));
        as(COUNCIL).post(notice + "/planned-procurement").then().statusCode(409);
        // 39 days on: too soon for the shorter period
        clock.set(Instant.now().plus(39, ChronoUnit.DAYS));
        String twelveDays = clock.instant().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        as(COUNCIL).body(Map.of("closingAt", twelveDays)).patch(notice).then().statusCode(200);
        as(COUNCIL).post(notice + "/publish").then().statusCode(422).body("errors.field", hasItem("closingAt"));
        // 41 days on: 10 days are enough
        clock.set(Instant.now().plus(41, ChronoUnit.DAYS));
        String elevenDays = clock.instant().plus(11, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        as(COUNCIL).body(Map.of("closingAt", elevenDays)).patch(notice).then().statusCode(200);
        as(COUNCIL).post(notice + "/publish").then().statusCode(200).body("status", is("OPEN"))
                .body("procurement.aboveThreshold", is(true));
        JsonNode history = json.readTree(given().get(notice + "/notices").then().statusCode(200).extract().asString());
        assertThat(types(history)).containsExactly("UK3", "UK4");
        JsonNode planned = history.get(0).path("release");
        assertThat(planned.path("planning").path("documents").get(0).path("noticeType").asText()).isEqualTo("UK3");
        assertValid(planned);
    }

    @Test
    void aDirectAwardNeedsItsGroundAndPublishesATransparencyNotice() throws Exception {
        UUID id = Api.draft(COUNCIL, Api.notice("Emergency roof repair " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        Map<String, Object> award = new java.util.HashMap<>(Map.of("justification", "The roof fell in during a storm",
                "supplierName", "Roofers Ltd", "valuePence", 2_500_000));
        as(COUNCIL).body(award).post(notice + "/direct-award").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("ground"));
        award.put("ground", "BECAUSE_WE_SAID_SO");
        as(COUNCIL).body(award).post(notice + "/direct-award").then().statusCode(400)
                .body("errors.field", hasItem("ground"));
        award.put("ground", "EXTREME_URGENCY");
        award.put("businessId", UUID.randomUUID().toString());
        as(COUNCIL).body(award).post(notice + "/direct-award").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("businessId"));
        UUID roofers = UUID.randomUUID();
        Api.supplierProfile(TestTokens.business(roofers), "Roofers Ltd");
        award.put("businessId", roofers.toString());
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(COUNCIL).body(award).post(notice + "/direct-award").then().statusCode(200).body("status", is("AWARDED"))
                    .body("procurement.directAwardGround", is("EXTREME_URGENCY"))
                    .body("procurement.standstillLastDay", is(Periods.standstillLastDay(
                            LocalDate.now(WorkingDayCalendar.COUNCIL_ZONE), WorkingDayCalendar.englandAndWales())
                            .toString()));
            // the same award event as a competed award, naming the supplier, so it is told
            OpportunityAwarded awarded = json.findAndRegisterModules().readValue(topic.await(1,
                    r -> id.toString().equals(r.key())
                            && "onestop.opportunities.opportunity.awarded".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(15)).get(0).value(), OpportunityAwarded.class);
            assertThat(awarded.businessId()).isEqualTo(roofers);
            assertThat(awarded.supplierName()).isEqualTo("Roofers Ltd");
            assertThat(awarded.responseId()).isNull();
            assertThat(awarded.valuePence()).isEqualTo(2_500_000);
        }
        as(COUNCIL).body(award).post(notice + "/direct-award").then().statusCode(409);
        as(COUNCIL).body(Map.of("signedOn", LocalDate.now(WorkingDayCalendar.COUNCIL_ZONE).toString()))
                .post(notice + "/contract").then().statusCode(409);

        JsonNode history = json.readTree(given().get(notice + "/notices").then().statusCode(200).extract().asString());
        assertThat(types(history)).containsExactly("UK5");
        JsonNode release = history.get(0).path("release");
        assertThat(release.path("tender").path("procurementMethod").asText()).isEqualTo("direct");
        assertThat(release.path("awards").get(0).path("documents").get(0).path("noticeType").asText()).isEqualTo("UK5");
        assertValid(release);
    }

    @Test
    void aCancelledPublishedProcurementPublishesATerminationNotice() throws Exception {
        UUID id = Api.published(COUNCIL, Api.notice("Parks furniture " + Api.word()));
        as(COUNCIL).body(Map.of("reason", "The budget was withdrawn")).post(OPPORTUNITIES + "/" + id + "/cancel")
                .then().statusCode(200);
        JsonNode history = json.readTree(given().get(OPPORTUNITIES + "/" + id + "/notices").then().statusCode(200)
                .extract().asString());
        assertThat(types(history)).containsExactly("UK4", "UK12");
        JsonNode termination = history.get(1).path("release");
        assertThat(termination.path("tag").get(0).asText()).isEqualTo("tenderCancellation");
        assertThat(termination.path("tender").path("status").asText()).isEqualTo("cancelled");
        assertValid(termination);
    }

    @Test
    void aProcurementThatEngagedTheMarketAndWasAbandonedPublishesUk2ThenUk12() throws Exception {
        UUID id = Api.draft(COUNCIL, Api.notice("Library self-service kiosks " + Api.word()));
        String notice = OPPORTUNITIES + "/" + id;
        as(COUNCIL).body(Map.of("description", "")).post(notice + "/market-engagement").then().statusCode(400)
                .body("errors.field", hasItem("description"));
        as(COUNCIL).body(Map.of("description", "Tell us how kiosks could work in our libraries",
                "endsOn", LocalDate.now().plusDays(20).toString())).post(notice + "/market-engagement").then()
                .statusCode(200).body("status", is("PLANNED"));
        given().get(notice).then().statusCode(200).body("status", is("PLANNED"))
                .body("procurement.engagementDescription", startsWith("Tell us how kiosks"))
                .body("procurement.engagementEndsOn", is(LocalDate.now().plusDays(20).toString()));
        as(TestTokens.business(UUID.randomUUID())).body(Map.of("summary", "Too early", "pricePence", 100))
                .post(notice + "/responses").then().statusCode(409);
        as(COUNCIL).body(Map.of("description", "Again")).post(notice + "/market-engagement").then().statusCode(409);
        as(COUNCIL).body(Map.of("reason", "The libraries will not take kiosks")).post(notice + "/cancel").then()
                .statusCode(200);

        JsonNode history = json.readTree(given().get(notice + "/notices").then().statusCode(200).extract().asString());
        assertThat(types(history)).containsExactly("UK2", "UK12");
        JsonNode engagement = history.get(0).path("release");
        assertThat(engagement.path("tag").get(0).asText()).isEqualTo("planning");
        assertThat(engagement.path("planning").path("documents").get(0).path("noticeType").asText()).isEqualTo("UK2");
        assertThat(engagement.path("planning").path("milestones").get(0).path("description").asText())
                .startsWith("Tell us how kiosks");
        assertValid(engagement);
        assertValid(history.get(1).path("release"));
    }

    @Test
    void aDraftHasNoPublicNoticesAndAnotherBuyersDraftIsNotFound() {
        UUID id = Api.draft(COUNCIL, Api.notice("Draft only " + Api.word()));
        as(COUNCIL).get(OPPORTUNITIES + "/" + id + "/notices").then().statusCode(200).body("size()", is(0));
        given().get(OPPORTUNITIES + "/" + id + "/notices").then().statusCode(404);
        as(TestTokens.buyer("Sandwell Council")).get(OPPORTUNITIES + "/" + id + "/notices").then().statusCode(404);
    }

    private static List<String> types(JsonNode history) {
        return java.util.stream.StreamSupport.stream(history.spliterator(), false)
                .map(notice -> notice.path("noticeType").asText()).toList();
    }

    private static Map<String, Object> aboveThreshold(String title) {
        Map<String, Object> body = Api.notice(title);
        body.put("category", "SERVICES");
        body.put("valueMinPence", 20_000_000);
        body.put("valueMaxPence", 25_000_000);
        body.put("valueGrossPence", 30_000_000);
        return body;
    }

    private static String in(int days) {
        return Instant.now().plus(days, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void assertValid(JsonNode release) throws Exception {
        Set<ValidationMessage> errors = schema().validate(release);
        assertThat(errors).as(release.toString()).isEmpty();
    }

    /** The OCDS 1.1.5 release schema compiled with the UK extension (copied from the shared data, see its README). */
    private static JsonSchema schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4);
        return factory.getSchema(SchemaLocation.of("classpath:ocds/uk-profile/release-schema.json"));
    }
}

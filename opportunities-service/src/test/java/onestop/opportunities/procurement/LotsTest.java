package onestop.opportunities.procurement;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * A tender notice divided into lots: each lot with its values and its own award criteria (a warning per lot below
 * PPN 002's 10% social value), tenders naming the lots they bid for, and the lots in the notices published.
 */
@OpportunitiesTest
class LotsTest {

    private static final String COUNCIL = TestTokens.buyer("Birmingham City Council");

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void badLotsAreRefusedNamingTheFieldAndSocialValueIsWarnedPerLot() {
        Map<String, Object> body = Api.notice("Grounds maintenance " + Api.word());
        body.put("lots", List.of(Api.lot("1", 60, 30, 10), Api.lot("1", 60, 35, 10)));
        as(COUNCIL).body(body).post(OPPORTUNITIES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lots[1].id")).body("errors.field", hasItem("lots[1].awardCriteria"));
        body.put("lots", List.of(Api.lot("1", 60, 30, 10), Api.lot("2", 0, 90, 10)));
        as(COUNCIL).body(body).post(OPPORTUNITIES).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("lots[1].awardCriteria[0].weight"));
        body.put("lots", List.of(Api.lot("1", 60, 30, 10)));
        body.put("awardCriteria", List.of(Map.of("name", "Price", "kind", "PRICE", "weight", 100)));
        as(COUNCIL).body(body).post(OPPORTUNITIES).then().statusCode(400).body("errors.field", hasItem("awardCriteria"));
        body.remove("awardCriteria");
        Map<String, Object> gross = new java.util.HashMap<>(Api.lot("1", 60, 30, 10));
        gross.put("valueGrossPence", 100);
        body.put("lots", List.of(gross));
        as(COUNCIL).body(body).post(OPPORTUNITIES).then().statusCode(400)
                .body("errors.field", hasItem("lots[0].valueGrossPence"));

        body.put("lots", List.of(Api.lot("1", 60, 30, 10), Api.lot("2", 70, 25, 5)));
        UUID id = Api.draft(COUNCIL, body);
        as(COUNCIL).get(OPPORTUNITIES + "/" + id).then().statusCode(200)
                .body("procurement.lots.id", contains("1", "2"))
                .body("procurement.lots[1].awardCriteria.weight", contains(70, 25, 5))
                .body("procurement.warnings", contains("Lot 2: Social value is weighted below 10%, the level PPN 002 "
                        + "asks for"));
        // a notice without lots keeps its one list of criteria and its one warning
        as(COUNCIL).body(Map.of("lots", List.of())).patch(OPPORTUNITIES + "/" + id).then().statusCode(200)
                .body("procurement.lots.size()", is(0)).body("procurement.warnings.size()", is(0));
    }

    @Test
    void tendersNameTheirLotsAndTheNoticesPublishThem() throws Exception {
        String notice = inTwoLots("Schools catering ");
        String acme = supplier("Acme Kitchens Ltd");

        as(acme).body(Map.of("summary", "Meals", "pricePence", 100_000)).post(notice + "/responses").then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem("lotIds"));
        as(acme).body(Map.of("summary", "Meals", "pricePence", 100_000, "lotIds", List.of("1", "9")))
                .post(notice + "/responses").then().statusCode(422).body("errors.field", hasItem("lotIds[1]"));
        String tender = as(acme).body(Map.of("summary", "Meals", "pricePence", 100_000, "lotIds", List.of("2")))
                .post(notice + "/responses").then().statusCode(201).body("lotIds", contains("2")).extract().path("id");
        as(acme).body(Map.of("summary", "Meals", "pricePence", 100_000, "lotIds", List.of("1", "1")))
                .patch(notice + "/responses/" + tender).then().statusCode(422).body("errors.field", hasItem("lotIds[1]"));
        as(acme).body(Map.of("summary", "Meals", "pricePence", 100_000, "lotIds", List.of("1", "2")))
                .patch(notice + "/responses/" + tender).then().statusCode(200).body("lotIds", contains("1", "2"));

        UUID plain = Api.published(COUNCIL, Api.notice("Window cleaning " + Api.word()));
        as(acme).body(Map.of("summary", "Windows", "pricePence", 5_000, "lotIds", List.of("1")))
                .post(OPPORTUNITIES + "/" + plain + "/responses").then().statusCode(422)
                .body("errors.field", hasItem("lotIds"));

        Api.deadlinePasses(COUNCIL, notice);
        // each tender is scored on each lot it bids for, against that lot's criteria
        as(COUNCIL).body(Map.of("responseId", tender, "valuePence", 100_000)).post(notice + "/award").then()
                .statusCode(409);
        String assessment = notice + "/responses/" + tender + "/assessment";
        as(COUNCIL).body(scores(80, 70, 60)).put(assessment).then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("lot"));
        as(COUNCIL).body(scores(80, 70, 60)).queryParam("lot", "3").put(assessment).then().statusCode(422)
                .body("errors.field", hasItem("lot"));
        as(COUNCIL).body(scores(80, 70, 60)).queryParam("lot", "1").put(assessment).then().statusCode(200)
                .body("lotId", is("1")).body("total", is(74.0f));
        as(COUNCIL).body(Map.of("responseId", tender, "valuePence", 100_000)).post(notice + "/award").then()
                .statusCode(409);
        as(COUNCIL).body(scores(80, 70, 60)).queryParam("lot", "2").put(assessment).then().statusCode(200)
                .body("total", is(72.0f));
        as(COUNCIL).get(notice + "/assessments").then().body("lotId", contains("1", "2"));
        as(COUNCIL).body(Map.of("responseId", tender, "valuePence", 100_000)).post(notice + "/award").then()
                .statusCode(200);
        as(acme).queryParam("lot", "2").get(notice + "/responses/" + tender + "/assessment-summary").then()
                .statusCode(200).body("lotId", is("2")).body("yourTotal", is(72.0f))
                .body("criteria.weight", contains(40, 40, 20));
        JsonNode history = json.readTree(given().get(notice + "/notices").then().statusCode(200).extract().asString());
        JsonNode tenderNotice = history.get(0).path("release");
        JsonNode lots = tenderNotice.path("tender").path("lots");
        assertThat(lots).hasSize(2);
        assertThat(lots.get(0).path("id").asText()).isEqualTo("1");
        assertThat(lots.get(0).path("status").asText()).isEqualTo("active");
        assertThat(lots.get(0).path("value").path("amount").decimalValue()).isEqualByComparingTo("1000.00");
        assertThat(lots.get(0).path("value").path("amountGross").decimalValue()).isEqualByComparingTo("1200.00");
        JsonNode criteria = lots.get(1).path("awardCriteria").path("criteria");
        assertThat(criteria.findValuesAsText("name")).containsExactly("Price", "Quality", "Social value");
        assertThat(criteria.get(2).path("numbers").get(0).path("number").asInt()).isEqualTo(20);
        assertThat(criteria.get(0).path("type").asText()).isEqualTo("price");
        JsonNode award = history.get(1).path("release");
        List<String> related = new ArrayList<>();
        award.path("awards").get(0).path("relatedLots").forEach(l -> related.add(l.asText()));
        assertThat(related).containsExactly("1", "2");
        for (JsonNode release : List.of(tenderNotice, award)) {
            assertThat(schema("").validate(release)).as(release.toString()).isEmpty();
        }
        for (JsonNode lot : lots) {
            assertThat(schema("#/definitions/Lot").validate(lot)).as(lot.toString()).isEmpty();
        }
    }

    @Test
    void aLotRemovedWhileTheNoticeIsOpenIsNeitherConfirmedNorAssessedNorAwarded() throws Exception {
        String notice = inTwoLots("Parks catering ");
        String acme = supplier("Acme Kitchens Ltd");
        String rival = supplier("Rival Cafes Ltd");
        String both = as(acme).body(Map.of("summary", "Both", "pricePence", 100_000, "lotIds", List.of("1", "2")))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");
        String second = as(rival).body(Map.of("summary", "Kiosks", "pricePence", 90_000, "lotIds", List.of("2")))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");

        as(COUNCIL).body(Map.of("lots", List.of(Api.lot("1", 50, 40, 10)))).patch(notice).then().statusCode(200);
        // the tender bids for a lot that has gone: it is amended, not confirmed as it stands
        as(acme).post(notice + "/responses/" + both + "/confirm").then().statusCode(422)
                .contentType("application/problem+json").body("errors.field", hasItem("lotIds[1]"));
        as(acme).body(Map.of("summary", "Lot 1 only", "pricePence", 60_000, "lotIds", List.of("1")))
                .patch(notice + "/responses/" + both).then().statusCode(200).body("lotIds", contains("1"));

        Api.deadlinePasses(COUNCIL, notice);
        // the rival, which bid only for the lot removed, has nothing left to assess
        as(COUNCIL).body(scores(50, 50, 50)).queryParam("lot", "2").put(notice + "/responses/" + second
                + "/assessment").then().statusCode(422).body("errors.field", hasItem("lot"));
        as(COUNCIL).body(scores(80, 70, 60)).queryParam("lot", "1").put(notice + "/responses/" + both
                + "/assessment").then().statusCode(200);
        as(COUNCIL).body(Map.of("responseId", both, "valuePence", 60_000)).post(notice + "/award").then()
                .statusCode(200);
        JsonNode award = null;
        for (JsonNode kept : json.readTree(given().get(notice + "/notices").then().statusCode(200).extract()
                .asString())) {
            award = "UK6".equals(kept.path("noticeType").asText()) ? kept.path("release") : award;
        }
        assertThat(award).as("the contract award notice").isNotNull();
        List<String> related = new ArrayList<>();
        award.path("awards").get(0).path("relatedLots").forEach(l -> related.add(l.asText()));
        assertThat(related).containsExactly("1");
    }

    /** A tender notice in two lots, closing in 3 days, published: its path. */
    private static String inTwoLots(String title) {
        Map<String, Object> body = Api.notice(title + Api.word());
        body.put("lots", List.of(Api.lot("1", 50, 40, 10), Api.lot("2", 40, 40, 20)));
        body.put("closingAt", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        return OPPORTUNITIES + "/" + Api.published(COUNCIL, body);
    }

    /** A supplier with a profile: its token. */
    private static String supplier(String name) {
        String token = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(token, name);
        return token;
    }

    private static Map<String, Object> scores(int price, int quality, int socialValue) {
        return Map.of("scores", List.of(Map.of("criterion", "Price", "score", price, "reason", "Price"),
                Map.of("criterion", "Quality", "score", quality, "reason", "Quality"),
                Map.of("criterion", "Social value", "score", socialValue, "reason", "Social value")));
    }

    /** The uk-profile release schema (see ProcurementNoticesTest), or one of its definitions. */
    private static com.networknt.schema.JsonSchema schema(String fragment) {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                .getSchema(SchemaLocation.of("classpath:ocds/uk-profile/release-schema.json" + fragment));
    }
}

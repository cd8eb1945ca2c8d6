package onestop.opportunities.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * Real Find a Tender releases under the Procurement Act (src/test/resources/find-a-tender, from the shared data,
 * Open Government Licence) go in through the import route: each kept as the notice it published, the procurement
 * where that notice puts it, money exact; the old-regime CELEX award refused with its reason while the rest go in;
 * a second import changes nothing.
 */
@OpportunitiesTest
class FindATenderImportTest {

    private final ObjectMapper json = new ObjectMapper();

    @Inject
    NoticeReleases releases;

    @Test
    void everyReleaseUnderTheActGoesInAndTheOldRegimeOneIsRefused() throws Exception {
        String lines = releases();
        JsonNode outcome = json.readTree(given().auth().oauth2(TestTokens.admin()).contentType("text/plain")
                .body(lines).post("/api/opportunities/admin/import").then().statusCode(200).extract().asString());
        assertThat(outcome.path("releases").asInt()).isEqualTo(10);
        assertThat(outcome.path("refused")).hasSize(1);
        JsonNode refusal = outcome.path("refused").get(0);
        assertThat(refusal.path("ocid").asText()).isEqualTo("ocds-h6vhtk-06f0ca");
        assertThat(refusal.path("reason").asText()).contains("CELEX").contains("not the Procurement Act 2023");
        assertThat(outcome.path("created").asInt() + outcome.path("updated").asInt()).isEqualTo(9);
        releases.backfill(); // what the service does soon after it starts: it must not add notices of its own here

        expect("ocds-h6vhtk-065444", "UK10", "contractAmendment");
        expect("ocds-h6vhtk-06f1b4", "UK1", "planning");
        expect("ocds-h6vhtk-06f1ad", "UK2", "planning");
        expect("ocds-h6vhtk-06f19e", "UK7", "award");
        expect("ocds-h6vhtk-06f1b2", "UK4", "tender");
        expect("ocds-h6vhtk-05f9f4", "UK12", "tenderCancellation");
        expect("ocds-h6vhtk-06f0c7", "UK5", "award");
        expect("ocds-h6vhtk-06f1a6", "UK2", "planning");
        expect("ocds-h6vhtk-06f1a9", "UK6", "award");

        // the lots Find a Tender published: ids, values to the penny, criteria with their weightings
        String tender = given().queryParam("q", "\"ACE 1012 ITQ\"").queryParam("status", "CLOSED")
                .get("/api/opportunities/opportunities").then().extract().path("items[0].id");
        JsonNode view = json.readTree(given().get("/api/opportunities/opportunities/" + tender).then().statusCode(200)
                .extract().asString());
        // run on Find a Tender: its page there, as the release links it, is where suppliers respond
        assertThat(view.path("importedFrom").path("service").asText()).isEqualTo("Find a Tender");
        assertThat(view.path("importedFrom").path("url").asText())
                .startsWith("https://www.find-tender.service.gov.uk/Notice/");
        JsonNode lots = view.path("procurement").path("lots");
        assertThat(lots).hasSize(1);
        assertThat(lots.get(0).path("id").asText()).isEqualTo("1");
        assertThat(lots.get(0).path("valuePence").asLong()).isEqualTo(1_500_000);
        assertThat(lots.get(0).path("valueGrossPence").asLong()).isEqualTo(1_800_000);
        assertThat(lots.get(0).path("awardCriteria").findValuesAsText("name")).containsExactly("Total Price", "Quality");
        assertThat(lots.get(0).path("awardCriteria").findValuesAsText("weight")).containsExactly("20", "80");
        given().get("/api/opportunities/ocds/releases/ocds-h6vhtk-06f0ca").then().statusCode(404);

        // where each notice puts its procurement, and its money to the penny
        status("ACE 1012 ITQ", "CLOSED").body("items[0].valueMaxPence", is(1_500_000));
        status("Automatic Doors, Barriers and Gates", "PLANNED").body("items[0].valueMaxPence", is(36_000_000));
        status("Cameras", "AWARDED");
        status("SOL30024", "CANCELLED");

        JsonNode again = json.readTree(given().auth().oauth2(TestTokens.admin()).contentType("text/plain")
                .body(lines).post("/api/opportunities/admin/import").then().statusCode(200).extract().asString());
        assertThat(again.path("created").asInt()).as("a second import creates nothing").isZero();
        JsonNode kept = json.readTree(given().get("/api/opportunities/ocds/releases/ocds-h6vhtk-06f1a9").then()
                .statusCode(200).extract().asString());
        assertThat(kept.path("releases")).as("nor keeps a notice twice").hasSize(1);
    }

    @Test
    void aProcurementExportedThenImportedElsewhereComparesEqual() throws Exception {
        String council = TestTokens.buyer("Birmingham City Council");
        String title = "Depot resurfacing " + Api.word();
        Map<String, Object> body = Api.notice(title);
        body.put("category", "WORKS");
        body.put("valueMinPence", 40_000_000);
        body.put("valueMaxPence", 50_000_000);
        body.put("valueGrossPence", 60_000_000);
        body.put("lots", List.of(Api.lot("1", 60, 30, 10),
                Api.lot("2", 50, 40, 10)));
        UUID id = Api.published(council, body);
        Api.as(council).body(Map.of("description", "Resurface the depot yard and its access road."))
                .patch(Api.OPPORTUNITIES + "/" + id).then().statusCode(200);
        JsonNode original = json.readTree(given().get(Api.OPPORTUNITIES + "/" + id).then().extract().asString());
        String ocid = json.readTree(given().get(Api.OPPORTUNITIES + "/" + id + "/notices").then().extract().asString())
                .get(0).path("release").path("ocid").asText();

        // another publisher's copy of the same releases, as Find a Tender or another council would hold them
        JsonNode pkg = json.readTree(given().get("/api/opportunities/ocds/releases/" + ocid).then().statusCode(200)
                .extract().asString());
        String elsewhere = ocid.replace("ocds-onestop-", "ocds-elsewhere-");
        StringBuilder lines = new StringBuilder();
        for (JsonNode release : pkg.path("releases")) {
            lines.append(release.toString().replace(ocid, elsewhere)).append('\n');
        }
        given().auth().oauth2(TestTokens.admin()).contentType("text/plain").body(lines.toString())
                .post("/api/opportunities/admin/import").then().statusCode(200).body("created", is(1));

        List<String> ids = given().queryParam("q", "\"" + title + "\"").get(Api.OPPORTUNITIES).then().statusCode(200)
                .extract().path("items.id");
        assertThat(ids).hasSize(2);
        String copyId = ids.stream().filter(other -> !other.equals(id.toString())).findFirst().orElseThrow();
        JsonNode copy = json.readTree(given().get(Api.OPPORTUNITIES + "/" + copyId).then().extract().asString());
        assertThat(original.path("importedFrom").isNull()).as("our own notice is run here").isTrue();
        assertThat(copy.path("importedFrom").path("service").asText()).isEqualTo("the service that published it");
        // the copy is open, but run by its publisher: a supplier responds and asks there, not here
        String supplier = TestTokens.business(UUID.randomUUID());
        Api.supplierProfile(supplier, "Tarmac Two Ltd");
        Api.as(supplier).body(Map.of("summary", "Resurfacing", "pricePence", 100_000, "lotIds", List.of("1")))
                .post(Api.OPPORTUNITIES + "/" + copyId + "/responses").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("not here: respond there"))
                .body("errors[0].code", is("run-elsewhere"));
        Api.as(supplier).body(Map.of("question", "Is night working allowed?"))
                .post(Api.OPPORTUNITIES + "/" + copyId + "/questions").then().statusCode(422)
                .body("errors[0].code", is("run-elsewhere"));
        Api.as(supplier).body(Map.of("summary", "Resurfacing", "pricePence", 100_000, "lotIds", List.of("1")))
                .post(Api.OPPORTUNITIES + "/" + id + "/responses").then().statusCode(201);
        for (String field : List.of("title", "description", "status", "valueMinPence", "valueMaxPence", "closingAt",
                "smeSuitable", "vcseSuitable", "cpvCodes")) {
            assertThat(copy.path(field)).as(field).isEqualTo(original.path(field));
        }
        for (String field : List.of("category", "valueGrossPence", "aboveThreshold", "lots")) {
            assertThat(copy.path("procurement").path(field)).as(field)
                    .isEqualTo(original.path("procurement").path(field));
        }
        JsonNode kept = json.readTree(given().get(Api.OPPORTUNITIES + "/" + copyId + "/notices").then().extract()
                .asString());
        assertThat(kept.findValuesAsText("noticeNumber")).hasSize(2);
        assertThat(kept.get(1).path("version").asInt()).isEqualTo(2);
    }

    private void expect(String ocid, String noticeType, String tag) throws Exception {
        JsonNode pkg = json.readTree(given().get("/api/opportunities/ocds/releases/" + ocid).then().statusCode(200)
                .extract().asString());
        JsonNode release = pkg.path("releases").get(0);
        assertThat(pkg.path("releases")).as(ocid).hasSize(1);
        assertThat(release.findValuesAsText("noticeType")).as(ocid).contains(noticeType);
        assertThat(release.path("tag").get(0).asText()).as(ocid).isEqualTo(tag);
    }

    private io.restassured.response.ValidatableResponse status(String words, String status) {
        return given().queryParam("q", "\"" + words + "\"").queryParam("status", status)
                .get("/api/opportunities/opportunities").then().statusCode(200).body("total", is(1));
    }

    private static String releases() throws Exception {
        try (InputStream in = FindATenderImportTest.class.getResourceAsStream("/find-a-tender/releases.jsonl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

}

package onestop.opportunities.search;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** Search semantics over the real Contracts Finder releases, loaded through the import. */
@OpportunitiesTest
class SearchTest {

    private static final String EVERY_STATUS =
            "status=PLANNED&status=OPEN&status=CLOSED&status=AWARDED&status=CANCELLED";

    @BeforeEach
    void loadTheContractsFinderSample() {
        given().auth().oauth2(TestTokens.admin()).post("/api/opportunities/admin/import?asIfPublishedNow=true")
                .then().statusCode(200);
    }

    private static JsonPath search(String query) {
        return given().get(OPPORTUNITIES + "?" + EVERY_STATUS + "&size=100&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> titles(JsonPath page) {
        return page.getList("items.title");
    }

    @Test
    void importingTheSameReleasesTwiceChangesNothing() {
        long before = search("q=domestic").getLong("total");
        given().auth().oauth2(TestTokens.admin()).post("/api/opportunities/admin/import")
                .then().statusCode(200).body("created", is(0));
        assertThat(search("q=domestic").getLong("total")).isEqualTo(before);
    }

    @Test
    void aQuotedPhraseMatchesTheWordsTogether() {
        JsonPath page = search("q=\"domestic abuse\"");
        assertThat(titles(page)).contains("Domestic Abuse Support Services - Children",
                "Domestic Abuse Support Services - Adults", "Domestic Abuse Services");
        for (Map<String, Object> hit : page.<Map<String, Object>>getList("items")) {
            assertThat((hit.get("title") + " " + hit.get("summary")).toLowerCase()).contains("abuse");
        }
    }

    @Test
    void orFindsEitherWord() {
        assertThat(titles(search("q=taxi OR furniture"))).contains("Taxi Services",
                "TD2158- Office Furniture Products and Services");
    }

    @Test
    void aMinusExcludesAWord() {
        List<String> titles = titles(search("q=\"domestic abuse\" -children"));
        assertThat(titles).contains("Domestic Abuse Support Services - Adults")
                .doesNotContain("Domestic Abuse Support Services - Children");
    }

    @Test
    void titleMatchesRankAboveDescriptionMatches() {
        List<String> titles = titles(search("q=resurfacing&sort=relevance"));
        assertThat(titles.get(0).toLowerCase()).contains("resurfacing");
    }

    @Test
    void aCpvDivisionOrGroupFindsItsDescendants() {
        JsonPath division = search("cpv=45");
        assertThat(titles(division)).contains("GB-London: Latimer Road Internal and External Refurbishment",
                "Works on  Field Lane estate in Rastrick, Calderdale. - AWARD");
        for (List<String> codes : division.<List<String>>getList("items.cpvCodes")) {
            assertThat(codes).anyMatch(code -> code.startsWith("45"));
        }
        List<String> group = titles(search("cpv=45450000-6"));
        assertThat(group).contains("GB-London: Latimer Road Internal and External Refurbishment")
                .doesNotContain("Works on  Field Lane estate in Rastrick, Calderdale. - AWARD");
        assertThat(titles(search("cpv=4545"))).isEqualTo(group);
    }

    @Test
    void aValueFilterKeepsNoticesWithoutAValueUnlessAskedNotTo() {
        List<String> withUnknown = titles(search("q=taxi OR typeset OR LGR&minValuePence=10000000"));
        assertThat(withUnknown).contains("Taxi Services", "Business Case for LGR")
                .doesNotContain("Our Food 2024 and 2025 Typeset & Design");
        List<String> knownOnly = titles(search("q=taxi OR typeset OR LGR&minValuePence=10000000&includeUnvalued=false"));
        assertThat(knownOnly).contains("Business Case for LGR").doesNotContain("Taxi Services");
    }

    @Test
    void facetsCountTheMatches() {
        JsonPath page = search("q=services");
        long total = page.getLong("total");
        assertThat(page.getBoolean("totalExact")).isTrue();
        Map<String, Integer> bands = page.getMap("facets.valueBand");
        assertThat(bands.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
        Map<String, Integer> statuses = page.getMap("facets.status");
        assertThat(statuses.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
        Map<String, Integer> types = page.getMap("facets.type");
        assertThat(types.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
        Map<String, Integer> divisions = page.getMap("facets.cpvDivision");
        assertThat((long) divisions.get("85")).isEqualTo(search("q=services&cpv=85").getLong("total"));
        assertThat((long) statuses.get("AWARDED")).isEqualTo(
                given().get(OPPORTUNITIES + "?q=services&status=AWARDED").then().extract().jsonPath().getLong("total"));
    }

    @Test
    void theTotalIsTheNumberOfNoticesThePagesList() {
        for (String query : List.of("q=services&status=AWARDED", "q=services&status=OPEN&status=CLOSED", "cpv=45",
                "q=road OR cleaning&sort=closing", "q=-children&status=CLOSED")) {
            JsonPath first = given().get(OPPORTUNITIES + "?size=100&" + query).then().statusCode(200)
                    .extract().jsonPath();
            long listed = 0;
            for (int page = 0; ; page++) {
                int items = given().get(OPPORTUNITIES + "?size=100&page=" + page + "&" + query).then()
                        .extract().jsonPath().getList("items").size();
                listed += items;
                if (items < 100) {
                    break;
                }
            }
            assertThat(listed).as(query).isPositive();
            assertThat(first.getBoolean("totalExact")).as(query).isTrue();
            assertThat(first.getLong("total")).as(query).isEqualTo(listed);
        }
    }

    @Test
    void theCsvHoldsExactlyWhatTheSearchReturns() {
        String query = "q=services&" + EVERY_STATUS + "&sort=value&size=30&page=1";
        List<String> ids = given().get(OPPORTUNITIES + "?" + query).then().statusCode(200).extract().path("items.id");
        String csv = given().get(OPPORTUNITIES + ".csv?" + query).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("id,reference,title");
        assertThat(lines.subList(1, lines.size()).stream().map(line -> line.substring(0, 36)).toList())
                .isEqualTo(ids);
    }

    @Test
    void theCsvWithoutPagingHoldsEveryMatchOnceInTheSearchsOrder() {
        String query = EVERY_STATUS + "&sort=value";
        List<String> ids = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<String> items = given().get(OPPORTUNITIES + "?size=100&page=" + page + "&" + query).then()
                    .statusCode(200).extract().path("items.id");
            ids.addAll(items);
            if (items.size() < 100) {
                break;
            }
        }
        assertThat(ids).as("more matches than one page holds").hasSizeGreaterThan(100);

        String csv = given().get(OPPORTUNITIES + ".csv?" + query).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("id,reference,title");
        assertThat(lines.stream().filter(line -> line.startsWith("id,reference,title"))).hasSize(1);
        assertThat(lines.subList(1, lines.size()).stream().map(line -> line.substring(0, 36)).toList())
                .isEqualTo(ids);
    }

    @Test
    void badParametersAreRefusedByName() {
        RequestSpecification request = given();
        request.get(OPPORTUNITIES + "?type=AUCTION").then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("type")).body("errors[0].code", is("not-allowed"));
        given().get(OPPORTUNITIES + "?cpv=4x").then().statusCode(400).body("errors[0].field", is("cpv"))
                .body("errors[0].code", is("pattern"));
        given().get(OPPORTUNITIES + "?minValuePence=lots").then().statusCode(400)
                .body("errors[0].field", is("minValuePence")).body("errors[0].code", is("not-a-number"));
        given().get(OPPORTUNITIES + "?minValuePence=-1").then().statusCode(400)
                .body("errors[0].field", is("minValuePence")).body("errors[0].code", is("out-of-range"));
        // paging is read the same way in every service: a word is a 400 naming it, never a 404
        given().get(OPPORTUNITIES + "?page=first").then().statusCode(400)
                .body("errors[0].field", is("page")).body("errors[0].code", is("not-a-number"));
        given().get(OPPORTUNITIES + "?closingAfter=soon").then().statusCode(400)
                .body("errors[0].field", is("closingAfter")).body("errors[0].code", is("not-a-date"));
        given().get(OPPORTUNITIES + "?status=DRAFT").then().statusCode(400).body("errors[0].field", is("status"))
                .body("errors[0].code", is("not-allowed"));
        given().get(OPPORTUNITIES + "?size=101").then().statusCode(400).body("errors[0].field", is("size"))
                .body("errors[0].code", is("out-of-range"));
        given().get(OPPORTUNITIES + ".csv?size=101").then().statusCode(400);
    }

    @Test
    void importIsForAdminsOnly() {
        given().auth().oauth2(TestTokens.buyer("Birmingham City Council")).post("/api/opportunities/admin/import")
                .then().statusCode(403);
    }
}

package onestop.opportunities.privacy;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** GET /api/opportunities/me/data: a supplier's own profile, responses and questions, and nobody else's. */
@OpportunitiesTest
class SubjectDataTest {

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final UUID mine = UUID.randomUUID();
    private final String mineToken = TestTokens.business(mine);
    private final UUID theirs = UUID.randomUUID();
    private final String theirsToken = TestTokens.business(theirs);

    @Test
    void aSupplierGetsItsProfileResponsesAndQuestionsAndNothingOfAnotherSupplier() throws IOException {
        String word = Api.word();
        Api.supplierProfile(mineToken, "Export Mine " + word);
        Api.supplierProfile(theirsToken, "Export Theirs " + word);
        String notice = OPPORTUNITIES + "/" + Api.published(council, Api.notice("Export catering " + word));
        as(mineToken).body(Map.of("question", "Mine: is power supplied?")).post(notice + "/questions")
                .then().statusCode(201);
        as(theirsToken).body(Map.of("question", "Theirs: is water supplied?")).post(notice + "/questions")
                .then().statusCode(201);
        String own = as(mineToken).body(Map.of("summary", "Mine: three vans", "pricePence", 4_500_000))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");
        as(theirsToken).body(Map.of("summary", "Theirs: hot food", "pricePence", 3_000_000))
                .post(notice + "/responses").then().statusCode(201);
        as(mineToken).body(Map.of("name", "Mine: catering near me", "search", Map.of("q", "catering")))
                .post("/api/opportunities/saved-searches").then().statusCode(201);

        byte[] zip = given().auth().oauth2(mineToken).get("/api/opportunities/me/data")
                .then().statusCode(200).contentType("application/zip").extract().asByteArray();
        String text = dataJson(zip);
        JsonNode data = new ObjectMapper().readTree(text);

        assertThat(data.path("supplier").findValuesAsText("name")).containsExactly("Export Mine " + word);
        assertThat(data.path("responses").findValuesAsText("id")).containsExactly(own);
        assertThat(data.path("responses").findValuesAsText("summary")).containsExactly("Mine: three vans");
        assertThat(data.path("questions").findValuesAsText("question")).containsExactly("Mine: is power supplied?");
        assertThat(data.path("savedSearches").findValuesAsText("name")).containsExactly("Mine: catering near me");
        assertThat(text).doesNotContain(theirs.toString(), "Theirs", "Export Theirs");
    }

    @Test
    void onlyABusinessMayAsk() throws IOException {
        given().auth().oauth2(council).get("/api/opportunities/me/data").then().statusCode(403);
        given().get("/api/opportunities/me/data").then().statusCode(401);
        byte[] zip = given().auth().oauth2(TestTokens.business(UUID.randomUUID())).get("/api/opportunities/me/data")
                .then().statusCode(200).extract().asByteArray();
        JsonNode data = new ObjectMapper().readTree(dataJson(zip));
        for (String section : List.of("supplier", "responses", "questions", "savedSearches", "awards")) {
            assertThat(data.path(section).isArray()).as(section).isTrue();
            assertThat(data.path(section)).as(section).isEmpty();
        }
    }

    private static String dataJson(byte[] bytes) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("data.json")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no data.json in the ZIP");
    }
}

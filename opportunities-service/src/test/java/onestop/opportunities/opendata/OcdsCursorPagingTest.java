package onestop.opportunities.opendata;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * A harvester pages the OCDS feed with the cursor of Link rel="next" while buyers publish, change and close
 * notices between its requests: it gets every release exactly once, in the feed's order.
 */
@OpportunitiesTest
class OcdsCursorPagingTest {

    private static final Pattern NEXT = Pattern.compile("<([^>]+)>; rel=\"next\"");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void pagingWhileNoticesArePublishedAndClosedYieldsEveryReleaseExactlyOnce() throws Exception {
        String buyer = TestTokens.buyer("Birmingham City Council");
        Instant before = Instant.now().minusSeconds(1);
        List<UUID> notices = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            // deadlines a day apart: the first passes while the harvester pages, then the second
            notices.add(Api.published(buyer, Api.notice("Harvested " + Api.word(), java.time.Duration.ofDays(30 + i))));
        }

        List<String> harvested = new ArrayList<>();
        ExtractableResponse<Response> page = given().get("/api/opportunities/ocds/releases?limit=2&since=" + before)
                .then().statusCode(200).extract();
        int turn = 0;
        while (page.statusCode() == 200) {
            json.readTree(page.asString()).path("releases").forEach(release -> harvested.add(key(release)));
            // the feed changes under the harvester: new notices, a change, closed ones
            switch (turn++) {
                case 0 -> notices.add(Api.published(buyer, Api.notice("Harvested late " + Api.word())));
                case 1 -> Api.deadlinePasses(buyer, Api.OPPORTUNITIES + "/" + notices.get(0));
                case 2 -> {
                    notices.add(Api.published(buyer, Api.notice("Harvested later " + Api.word())));
                    Api.deadlinePasses(buyer, Api.OPPORTUNITIES + "/" + notices.get(1));
                }
                default -> {
                }
            }
            Matcher next = NEXT.matcher(page.header("Link"));
            assertThat(next.find()).as("every page links the next: " + page.header("Link")).isTrue();
            page = given().urlEncodingEnabled(false).get(next.group(1)).then().extract();
        }
        assertThat(page.statusCode()).as("past the end").isEqualTo(204);

        List<String> everything = new ArrayList<>();
        json.readTree(given().get("/api/opportunities/ocds/releases?since=" + before).then().statusCode(200)
                .extract().asString()).path("releases").forEach(release -> everything.add(key(release)));
        assertThat(turn).as("pages").isGreaterThan(3);
        assertThat(harvested).doesNotHaveDuplicates().containsExactlyElementsOf(everything);
        assertThat(harvested.size()).isGreaterThanOrEqualTo(notices.size());
    }

    @Test
    void aCursorThisFeedDidNotGiveIsA400NamingIt() {
        given().get("/api/opportunities/ocds/releases?cursor=not-ours").then().statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.is("cursor"));
    }

    private static String key(JsonNode release) {
        return release.path("ocid").asText() + "/" + release.path("id").asText();
    }
}

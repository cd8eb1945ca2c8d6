package onestop.opportunities.search;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.path.json.JsonPath;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** The search index follows the notices: this replica's own changes at once, other replicas' soon after. */
@OpportunitiesTest
class SearchIndexTest {

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Inject
    DataSource dataSource;

    private static JsonPath search(String query) {
        return given().get(OPPORTUNITIES + "?" + query).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aPublishedNoticeIsFoundAtOnceAndADraftNever() {
        String word = Api.word();
        UUID id = Api.draft(council, Api.notice("Gritting " + word));
        assertThat(search("q=" + word).getLong("total")).isZero();

        as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);

        JsonPath page = search("q=" + word);
        assertThat(page.getList("items.id")).containsExactly(id.toString());
        assertThat(page.getString("items[0].title")).isEqualTo("Gritting " + word);
        assertThat(page.getString("items[0].status")).isEqualTo("OPEN");
    }

    @Test
    void aClosedOrCancelledNoticeLeavesTheOpenSearchAndIsListedUnderItsNewStatus() {
        String word = Api.word();
        UUID closed = Api.published(council, Api.notice("Bin lorries " + word));
        UUID cancelled = Api.published(council, Api.notice("Bin lifts " + word));
        assertThat(search("q=" + word).getList("items.id")).containsExactlyInAnyOrder(closed.toString(),
                cancelled.toString());

        Api.deadlinePasses(council, OPPORTUNITIES + "/" + closed);
        as(council).body(Map.of("reason", "The lifts are no longer needed"))
                .post(OPPORTUNITIES + "/" + cancelled + "/cancel").then().statusCode(200);

        assertThat(search("q=" + word).getLong("total")).isZero();
        JsonPath page = search("q=" + word + "&status=CLOSED&status=CANCELLED&sort=closing");
        assertThat(page.getList("items.id")).containsExactlyInAnyOrder(closed.toString(), cancelled.toString());
        assertThat(page.getMap("facets.status")).containsEntry("CLOSED", 1).containsEntry("CANCELLED", 1)
                .doesNotContainKey("OPEN");
    }

    @Test
    void aChangeWrittenByAnotherReplicaIsFoundAfterTheNextLook() throws Exception {
        String word = Api.word();
        String renamed = Api.word();
        UUID id = Api.published(council, Api.notice("Street lighting " + word));

        // another replica's commit: straight to the database, past this replica's after-commit hook
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "update opportunity set title = ?, status = 'CLOSED', updated_at = now() where id = ?")) {
            s.setString(1, "Street lighting " + renamed);
            s.setObject(2, id);
            assertThat(s.executeUpdate()).isEqualTo(1);
        }

        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath page = search("q=" + renamed + "&status=CLOSED");
            assertThat(page.getList("items.id")).containsExactly(id.toString());
            assertThat(page.getList("items.title")).isEqualTo(List.of("Street lighting " + renamed));
        });
        assertThat(search("q=" + word).getLong("total")).as("no longer open").isZero();
    }
}

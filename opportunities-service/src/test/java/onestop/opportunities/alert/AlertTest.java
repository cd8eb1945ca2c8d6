package onestop.opportunities.alert;

import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;

@OpportunitiesTest
class AlertTest {

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final UUID business = UUID.randomUUID();
    private final String token = TestTokens.business(business);

    @Test
    void aNewNoticeMatchingASavedSearchRaisesAnAlertAndAnEvent() {
        String word = Api.word();
        as(token).body(Map.of("name", "Roads", "search", Map.of("q", word + " resurfacing", "cpv", List.of("45"),
                "minValuePence", "2000000"))).post("/api/opportunities/saved-searches").then().statusCode(201);
        as(token).body(Map.of("name", "Catering", "search", Map.of("q", word, "cpv", List.of("55"))))
                .post("/api/opportunities/saved-searches").then().statusCode(201);
        as(token).get("/api/opportunities/saved-searches").then().statusCode(200).body("items", hasSize(2))
                .body("items.search.q", org.hamcrest.Matchers.hasItem(word + " resurfacing"));

        Map<String, Object> matching = Api.notice("Car park resurfacing " + word);
        Map<String, Object> unvalued = Api.notice("Footpath resurfacing " + word);
        unvalued.remove("valueMinPence");
        unvalued.remove("valueMaxPence");
        Map<String, Object> tooSmall = Api.notice("Kerb resurfacing " + word);
        tooSmall.put("valueMinPence", 100);
        tooSmall.put("valueMaxPence", 1000);
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            UUID match = Api.published(council, matching);
            UUID kept = Api.published(council, unvalued);
            Api.published(council, tooSmall);
            var events = topic.await(2, r -> "onestop.opportunities.alert.raised".equals(TopicReader.header(r, "ce_type"))
                    && r.value().contains(business.toString()), Duration.ofSeconds(15));
            assertThat(events).anyMatch(r -> r.value().contains(match.toString()))
                    .anyMatch(r -> r.value().contains(kept.toString()));
        }
        as(token).get("/api/opportunities/alerts").then().statusCode(200).body("items", hasSize(2))
                .body("items.savedSearchName", is(List.of("Roads", "Roads")));
        as(TestTokens.business(UUID.randomUUID())).get("/api/opportunities/alerts").then().body("total", is(0));
    }

    @Test
    void aSavedSearchIsItsOwnersToDelete() {
        String id = as(token).body(Map.of("name", "Mine", "search", Map.of("q", "bins")))
                .post("/api/opportunities/saved-searches").then().statusCode(201).extract().path("id");
        as(TestTokens.business(UUID.randomUUID())).delete("/api/opportunities/saved-searches/" + id).then().statusCode(404);
        as(token).delete("/api/opportunities/saved-searches/" + id).then().statusCode(204);
        as(token).body(Map.of("name", "Bad", "search", Map.of("type", "AUCTION")))
                .post("/api/opportunities/saved-searches").then().statusCode(400);
        as(council).get("/api/opportunities/alerts").then().statusCode(403);
    }
}

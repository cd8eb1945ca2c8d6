package onestop.opportunities.alert;

import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.api.AlertRaised;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;

@OpportunitiesTest
class AlertTest {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

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
    void aNewNoticeInTheWorkCategoriesOfASupplierProfileRaisesOneAlert() throws Exception {
        // interested in road construction (45233000-9 and below), and saved a search that also finds the roads
        as(token).body(Map.of("name", "Kerbside Ltd", "size", "MICRO", "vcse", false, "postcode", "B1 1AA",
                "cpvInterests", List.of("45233000-9"), "description", "Roads", "charterSignatory", false))
                .put("/api/opportunities/suppliers/me").then().statusCode(200);
        String word = Api.word();
        as(token).body(Map.of("name", "Resurfacing", "search", Map.of("q", word + " resurfacing")))
                .post("/api/opportunities/saved-searches").then().statusCode(201);

        Map<String, Object> road = Api.notice("Ring road junction " + word);
        road.put("cpvCodes", List.of("45233120-6"));
        Map<String, Object> both = Api.notice("Car park resurfacing " + word);
        both.put("cpvCodes", List.of("45233222-1"));
        Map<String, Object> catering = Api.notice("School meals " + word);
        catering.put("cpvCodes", List.of("55520000-1"));
        Map<String, Object> buildings = Api.notice("Library roof " + word);
        buildings.put("cpvCodes", List.of("45261000-4"));
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            UUID roadId = Api.published(council, road);
            UUID bothId = Api.published(council, both);
            Api.published(council, catering);
            Api.published(council, buildings);
            var events = topic.await(2, r -> "onestop.opportunities.alert.raised".equals(TopicReader.header(r, "ce_type"))
                    && r.value().contains(business.toString()), Duration.ofSeconds(15));
            List<AlertRaised> raised = new ArrayList<>();
            for (var event : events) {
                raised.add(JSON.readValue(event.value(), AlertRaised.class));
            }
            assertThat(raised).anySatisfy(a -> assertThat(a.opportunityId()).isEqualTo(roadId))
                    .allSatisfy(a -> assertThat(a.matchedInterests()).isEqualTo(a.opportunityId().equals(roadId)))
                    .anySatisfy(a -> assertThat(a.savedSearchName()).isEqualTo("Resurfacing"));
        }
        // one alert a notice: the saved search's for the car park, the profile's for the ring road; none for the rest
        as(token).get("/api/opportunities/alerts").then().statusCode(200).body("items", hasSize(2))
                .body("items.title", contains("Car park resurfacing " + word, "Ring road junction " + word))
                .body("items.matchedInterests", contains(false, true))
                .body("items.savedSearchName", contains("Resurfacing", null));
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

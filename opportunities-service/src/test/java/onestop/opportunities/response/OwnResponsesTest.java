package onestop.opportunities.response;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** A supplier lists its own responses across notices, with each notice's status and the outcome. */
@OpportunitiesTest
class OwnResponsesTest {

    private static final String MINE = "/api/opportunities/suppliers/me/responses";

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void aSupplierSeesItsOwnResponsesWithTheOutcomeAndNoOneElses() {
        String acme = TestTokens.business(UUID.randomUUID());
        String rival = TestTokens.business(UUID.randomUUID());
        profile(acme, "Acme Grounds Ltd");
        profile(rival, "Rival Gardens CIC");
        UUID won = Api.published(council, Api.notice("Park mowing " + Api.word()));
        UUID open = Api.published(council, Api.notice("Verge trimming " + Api.word(), java.time.Duration.ofDays(60)));
        String acmeOnWon = respond(acme, won, 1_000_000);
        respond(rival, won, 900_000);
        respond(acme, open, 250_000);

        Api.deadlinePasses(council, OPPORTUNITIES + "/" + won);
        as(council).body(Map.of("responseId", acmeOnWon, "valuePence", 1_000_000))
                .post(OPPORTUNITIES + "/" + won + "/award").then().statusCode(200);

        as(acme).get(MINE).then().statusCode(200)
                .body("total", is(2)).body("items", hasSize(2))
                .body("items.find { it.opportunityId == '" + won + "' }.outcome", is("AWARDED"))
                .body("items.find { it.opportunityId == '" + won + "' }.status", is("AWARDED"))
                .body("items.find { it.opportunityId == '" + won + "' }.pricePence", is(1_000_000))
                .body("items.find { it.opportunityId == '" + open + "' }.outcome", is("PENDING"))
                .body("items.find { it.opportunityId == '" + open + "' }.status", is("OPEN"));
        as(rival).get(MINE).then().statusCode(200)
                .body("total", is(1)).body("items[0].outcome", is("NOT_AWARDED"))
                .body("items[0].pricePence", is(900_000));
    }

    @Test
    void onlyABusinessHasResponsesOfItsOwn() {
        as(TestTokens.business(UUID.randomUUID())).get(MINE).then().statusCode(200)
                .body("total", is(0)).body("items", hasSize(0));
        as(council).get(MINE).then().statusCode(403);
        given().get(MINE).then().statusCode(401);
        as(TestTokens.business(UUID.randomUUID())).get(MINE + "?size=500").then().statusCode(400);
    }

    private static void profile(String token, String name) {
        as(token).body(Map.of("name", name, "size", "SMALL", "vcse", false, "charterSignatory", true))
                .put("/api/opportunities/suppliers/me").then().statusCode(200);
    }

    private static String respond(String token, UUID notice, long pricePence) {
        return as(token).body(Map.of("summary", "We can do this.", "pricePence", pricePence))
                .post(OPPORTUNITIES + "/" + notice + "/responses").then().statusCode(201).extract().path("id");
    }
}

package onestop.opportunities.opportunity;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

@OpportunitiesTest
class OpportunityAccessTest {

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void anotherBuyersNoticeIsNotFound() {
        UUID id = Api.draft(council, Api.notice("Roofing " + Api.word()));
        String other = TestTokens.buyer("Sandwell Council");
        as(other).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(404)
                .contentType("application/problem+json");
        as(other).body(Map.of("title", "mine now")).patch(OPPORTUNITIES + "/" + id).then().statusCode(404);
        as(other).get(OPPORTUNITIES + "/" + id).then().statusCode(404);
    }

    @Test
    void aBusinessCannotDraftANotice() {
        as(TestTokens.business(UUID.randomUUID())).body(Api.notice("x")).post(OPPORTUNITIES)
                .then().statusCode(403).contentType("application/problem+json");
    }

    @Test
    void withoutATokenDraftingIsRefused() {
        given().contentType("application/json").body(Api.notice("x")).post(OPPORTUNITIES)
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void badInputIsAnsweredWithTheFieldsAtFault() {
        given().auth().oauth2(council).contentType("application/json").body("{\"title\": ")
                .post(OPPORTUNITIES).then().statusCode(400).contentType("application/problem+json");
        Map<String, Object> unknownType = Api.notice("x");
        unknownType.put("type", "AUCTION");
        as(council).body(unknownType).post(OPPORTUNITIES).then().statusCode(400)
                .body("errors[0].field", is("type")).body("errors[0].code", is("not-allowed"));
        Map<String, Object> unknownCpv = Api.notice("x");
        unknownCpv.put("cpvCodes", List.of("45000000-7", "99999999-9"));
        as(council).body(unknownCpv).post(OPPORTUNITIES).then().statusCode(400)
                .body("errors.find { it.field == 'cpvCodes[1]' }.code", is("not-allowed"));
        Map<String, Object> upsideDown = Api.notice("x");
        upsideDown.put("valueMinPence", 10);
        upsideDown.put("valueMaxPence", 5);
        as(council).body(upsideDown).post(OPPORTUNITIES).then().statusCode(400)
                .body("errors.find { it.field == 'valueMaxPence' }.code", is("out-of-range"));
        Map<String, Object> orphan = Api.notice("x");
        orphan.put("type", "SUBCONTRACT");
        as(council).body(orphan).post(OPPORTUNITIES).then().statusCode(400)
                .body("errors.find { it.field == 'parentOpportunityId' }.code", is("required"));
        // a malformed id names nothing: 404, never a 500
        given().get(OPPORTUNITIES + "/not-a-uuid").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void aBuyerCannotAttachASubcontractToANotice() {
        // only the prime that won the parent posts subcontracts (SubcontractTest); to a buyer the parent is not found
        UUID parent = Api.published(council, Api.notice("Stadium " + Api.word()));
        Map<String, Object> body = Api.notice("Stadium scaffolding " + Api.word());
        body.put("type", "SUBCONTRACT");
        body.put("parentOpportunityId", parent.toString());
        as(TestTokens.buyer("Prime Build Ltd")).body(body).post(OPPORTUNITIES).then().statusCode(404)
                .contentType("application/problem+json");
    }
}

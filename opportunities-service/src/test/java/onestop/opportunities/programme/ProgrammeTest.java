package onestop.opportunities.programme;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.cascade.CascadeSteps;
import onestop.platform.testing.TestTokens;

/**
 * A programme (issue 21): a buyer groups its procurements under it; its page lists every contract and subcontract
 * and the local (West Midlands postcode areas) and SME shares of what was awarded, and its notices are a feed.
 */
@OpportunitiesTest
class ProgrammeTest {

    private static final String PROGRAMMES = "/api/opportunities/programmes";

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void theProgrammePageFiguresMatchItsAwards() {
        String prime = business("Games Prime Ltd", "LARGE", "B1 1AA"); // local, not an SME
        String coventry = business("Cov Signs Ltd", "SMALL", "CV1 2AB"); // local SME
        String bath = business("Bath Stone Ltd", "MEDIUM", "BA1 1AA"); // SME, not local: BA is not B
        String wolverhampton = business("Wolves Catering CIC", "MICRO", "WV1 1AA"); // local SME
        String programme = as(council).body(Map.of("name", "Games " + Api.word(), "description", "The city's Games"))
                .post(PROGRAMMES).then().statusCode(201).extract().path("id");

        UUID venue = CascadeSteps.wonBy(council, prime, "Games venue " + Api.word(), 5_000_000);
        UUID catering = CascadeSteps.subcontract(prime, venue, "Games catering " + Api.word());
        CascadeSteps.awardSubcontract(prime, catering, CascadeSteps.respond(wolverhampton, catering, 500_000), 500_000);
        UUID signs = CascadeSteps.wonBy(council, coventry, "Games signs " + Api.word(), 1_000_000);
        UUID stone = CascadeSteps.wonBy(council, bath, "Games stone " + Api.word(), 2_000_000);
        UUID open = Api.published(council, Api.notice("Games stewards " + Api.word()));
        UUID draft = Api.draft(council, Api.notice("Games draft " + Api.word()));
        for (UUID id : new UUID[] { venue, signs, stone, open, draft }) {
            as(council).put(PROGRAMMES + "/" + programme + "/procurements/" + id).then().statusCode(200);
        }
        // posted after its contract joined: in the programme from the start
        UUID cleaning = CascadeSteps.subcontract(prime, venue, "Games cleaning " + Api.word());

        given().get(PROGRAMMES + "/" + programme).then().statusCode(200)
                .body("buyer", is("Birmingham City Council"))
                .body("contracts", hasSize(6)) // the draft is not public
                .body("contracts[0].id", is(venue.toString()))
                .body("contracts.findAll { it.parentId == '" + venue + "' }.id",
                        is(List.of(catering.toString(), cleaning.toString())))
                .body("contracts.find { it.id == '" + catering + "' }.local", is(true))
                .body("contracts.find { it.id == '" + catering + "' }.sme", is(true))
                .body("contracts.find { it.id == '" + stone + "' }.local", is(false))
                .body("contracts.find { it.id == '" + open + "' }.local", nullValue())
                .body("awards.count", is(4)).body("awards.valuePence", is(8_500_000))
                .body("awards.localCount", is(3)).body("awards.localValuePence", is(6_500_000))
                .body("awards.smeCount", is(3)).body("awards.smeValuePence", is(3_500_000))
                .body("awards.localShareByCount", is(75.0f)).body("awards.localShareByValue", is(76.5f))
                .body("awards.smeShareByCount", is(75.0f)).body("awards.smeShareByValue", is(41.2f));
        given().get(OPPORTUNITIES + "/" + cleaning + "/supply-chain").then().statusCode(200)
                .body("programme.id", is(programme));

        // search filters by programme and by parent contract
        String everyStatus = "&status=OPEN&status=CLOSED&status=AWARDED";
        given().get(OPPORTUNITIES + "?programme=" + programme + everyStatus).then().statusCode(200)
                .body("total", is(6));
        given().get(OPPORTUNITIES + "?programme=" + programme + "&status=OPEN").then().statusCode(200)
                .body("items.id", containsInAnyOrder(cleaning.toString(), open.toString()));
        given().get(OPPORTUNITIES + "?parent=" + venue + everyStatus).then().statusCode(200)
                .body("items.id", containsInAnyOrder(catering.toString(), cleaning.toString()));
        given().get(OPPORTUNITIES + "?parent=not-an-id").then().statusCode(400)
                .body("errors[0].field", is("parent"));

        given().get(PROGRAMMES + "/" + programme + "/feed").then().statusCode(200)
                .contentType(startsWith("application/atom+xml"))
                .body("feed.entry.size()", is(6))
                .body(containsString("/opportunities/" + cleaning));
        given().get(PROGRAMMES).then().statusCode(200)
                .body("find { it.id == '" + programme + "' }.procurements", is(6));
    }

    @Test
    void onlyTheBuyerGroupsItsOwnProcurementsInItsOwnProgramme() {
        String sandwell = TestTokens.buyer("Sandwell Council");
        String programme = as(council).body(Map.of("name", "Parks " + Api.word(), "description", "Parks renewal"))
                .post(PROGRAMMES).then().statusCode(201).extract().path("id");
        String theirs = as(sandwell).body(Map.of("name", "Theirs " + Api.word(), "description", "Theirs"))
                .post(PROGRAMMES).then().statusCode(201).extract().path("id");
        UUID mine = Api.published(council, Api.notice("Park benches " + Api.word()));
        UUID other = Api.published(sandwell, Api.notice("Sandwell benches " + Api.word()));

        as(council).put(PROGRAMMES + "/" + programme + "/procurements/" + other).then().statusCode(404);
        as(council).put(PROGRAMMES + "/" + theirs + "/procurements/" + mine).then().statusCode(404);
        as(sandwell).put(PROGRAMMES + "/" + programme + "/procurements/" + other).then().statusCode(404);
        as(TestTokens.business(UUID.randomUUID())).put(PROGRAMMES + "/" + programme + "/procurements/" + mine)
                .then().statusCode(403);
        as(council).body(Map.of("name", " ", "description", "x")).post(PROGRAMMES).then().statusCode(400)
                .body("errors.find { it.field == 'name' }.code", is("required"));
        given().get(PROGRAMMES + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");

        as(council).put(PROGRAMMES + "/" + programme + "/procurements/" + mine).then().statusCode(200)
                .body("contracts", hasSize(1)).body("awards.count", is(0))
                .body("awards.localShareByValue", nullValue());
        as(council).delete(PROGRAMMES + "/" + programme + "/procurements/" + mine).then().statusCode(200)
                .body("contracts", hasSize(0));
    }

    private static String business(String name, String size, String postcode) {
        String token = TestTokens.business(UUID.randomUUID());
        CascadeSteps.profile(token, name, size, postcode);
        return token;
    }
}

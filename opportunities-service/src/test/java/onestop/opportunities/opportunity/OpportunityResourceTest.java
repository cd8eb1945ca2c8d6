package onestop.opportunities.opportunity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.junit.jupiter.api.Test;

import onestop.opportunities.OpportunitiesTest;

@OpportunitiesTest
class OpportunityResourceTest {

    @Test
    void withNothingPublishedTheSearchAnswersAnEmptyPage() {
        given().when().get("/api/opportunities/opportunities")
                .then().statusCode(200)
                .body("items.size()", is(0))
                .body("page", is(0))
                .body("size", is(20))
                .body("total", is(0));
    }

    @Test
    void aPageSizeOver100IsRefused() {
        given().when().get("/api/opportunities/opportunities?size=500")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("size"));
    }
}

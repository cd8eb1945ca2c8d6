package onestop.opportunities.opportunity;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** The buyer contact of a notice: set, shown, replaced, checked. */
@OpportunitiesTest
class NoticeEditingTest {

    private static final String PROBLEM = "application/problem+json";

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void theBuyerContactIsSetShownAndReplaced() {
        Map<String, Object> body = Api.notice("Bridge inspection " + Api.word());
        body.put("contact", Map.of("name", "Procurement team", "email", "tenders@birmingham.gov.uk",
                "telephone", "+44 121 303 1111"));
        UUID id = Api.published(council, body);
        given().get(OPPORTUNITIES + "/" + id).then().statusCode(200)
                .body("contact.name", is("Procurement team"))
                .body("contact.email", is("tenders@birmingham.gov.uk"))
                .body("contact.telephone", is("+44 121 303 1111"));

        UUID draft = Api.draft(council, Api.notice("Bridge painting " + Api.word()));
        as(council).body(Map.of("contact", Map.of("name", "Jo Bloggs", "telephone", "0121 303 2222")))
                .patch(OPPORTUNITIES + "/" + draft).then().statusCode(200)
                .body("contact.name", is("Jo Bloggs")).body("contact.email", nullValue())
                .body("contact.telephone", is("0121 303 2222"));
    }

    @Test
    void aContactWithABadEmailOrTelephoneIsRefused() {
        Map<String, Object> body = Api.notice("Bollards " + Api.word());
        body.put("contact", Map.of("name", "Team", "email", "not-an-email", "telephone", "call us maybe"));
        as(council).body(body).post(OPPORTUNITIES).then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItems("contact.email", "contact.telephone"));
        body.put("contact", Map.of("name", "Team", "email", "tenders@birmingham"));
        as(council).body(body).post(OPPORTUNITIES).then().statusCode(400).body("errors.field", hasItem("contact.email"));
        body.put("contact", Map.of("email", "tenders@birmingham.gov.uk"));
        as(council).body(body).post(OPPORTUNITIES).then().statusCode(400).body("errors.field", hasItem("contact.name"));
        body.put("contact", Map.of("name", "Nobody to call"));
        as(council).body(body).post(OPPORTUNITIES).then().statusCode(400).body("errors.field", hasItem("contact"));
        body.put("contact", Map.of("name", "Team", "telephone", "0121 303 1111 ext 5"));
        as(council).body(body).post(OPPORTUNITIES).then().statusCode(400)
                .body("errors.field", hasItem("contact.telephone"));
    }
}

package onestop.opportunities.opportunity;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/** A buyer edits its draft: a field sent replaces, a field left out stays, a field sent as null is cleared. */
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

    @Test
    void aPublishedDeadlineMovesLaterButNeverEarlier() {
        UUID id = Api.published(council, Api.notice("Canal towpaths " + Api.word(), Duration.ofDays(20)));
        String notice = OPPORTUNITIES + "/" + id;
        Instant deadline = Instant.parse(given().get(notice).then().extract().path("closingAt"));

        as(council).body(Map.of("closingAt", deadline.minus(1, ChronoUnit.HOURS).toString())).patch(notice).then()
                .statusCode(422).contentType(PROBLEM).body("errors[0].field", is("closingAt"))
                .body("errors[0].message", containsString("must not be earlier than the published deadline"));
        given().get(notice).then().body("closingAt", is(deadline.toString()));

        Instant later = deadline.plus(7, ChronoUnit.DAYS);
        as(council).body(Map.of("closingAt", later.toString())).patch(notice).then().statusCode(200)
                .body("closingAt", is(later.toString()));

        // a draft's deadline is the buyer's to set either way
        UUID draft = Api.draft(council, Api.notice("Lock gates " + Api.word(), Duration.ofDays(20)));
        Instant sooner = Instant.parse(given().auth().oauth2(council).get(OPPORTUNITIES + "/" + draft).then()
                .extract().path("closingAt")).minus(5, ChronoUnit.DAYS);
        as(council).body(Map.of("closingAt", sooner.toString())).patch(OPPORTUNITIES + "/" + draft).then()
                .statusCode(200).body("closingAt", is(sooner.toString()));
    }

    @Test
    void nullClearsAnOptionalFieldAndALeftOutFieldStays() {
        Map<String, Object> body = Api.notice("Park benches " + Api.word());
        body.put("contact", Map.of("name", "Parks", "email", "parks@birmingham.gov.uk"));
        body.put("requiredLicenceTypes", List.of("STREET_TRADING"));
        UUID id = Api.draft(council, body);

        Map<String, Object> clear = new HashMap<>();
        clear.put("valueMaxPence", null);
        clear.put("location", null);
        clear.put("postcode", null);
        clear.put("contact", null);
        clear.put("requiredLicenceTypes", null);
        as(council).body(clear).patch(OPPORTUNITIES + "/" + id).then().statusCode(200)
                .body("valueMaxPence", nullValue()).body("location", nullValue()).body("postcode", nullValue())
                .body("contact", nullValue()).body("requiredLicenceTypes", empty())
                // left out: unchanged
                .body("valueMinPence", is(1_000_000)).body("title", is(body.get("title")))
                .body("cpvCodes", is(List.of("45000000-7"))).body("smeSuitable", is(true));

        // what is cleared stays cleared, and the notice can still be published without it
        as(council).body(Map.of("title", body.get("title") + " renewed")).patch(OPPORTUNITIES + "/" + id).then()
                .statusCode(200).body("valueMaxPence", nullValue()).body("location", nullValue());
        as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
        given().get(OPPORTUNITIES + "/" + id).then().body("contact", nullValue()).body("postcode", nullValue());
    }

    @Test
    void nullForARequiredFieldIsRefusedNamingTheField() {
        Map<String, Object> body = Api.notice("Fountains " + Api.word());
        UUID id = Api.draft(council, body);
        for (String required : List.of("title", "description", "type", "closingAt", "smeSuitable")) {
            Map<String, Object> patch = new HashMap<>();
            patch.put(required, null);
            patch.put("location", "Edgbaston");
            as(council).body(patch).patch(OPPORTUNITIES + "/" + id).then().statusCode(400).contentType(PROBLEM)
                    .body("errors.field", is(List.of(required))).body("errors[0].code", is("required"));
        }
        // nothing of a refused PATCH is kept
        as(council).get(OPPORTUNITIES + "/" + id).then().body("location", is("Birmingham"))
                .body("title", is(body.get("title")));
        as(council).body("{\"title\": 42, \"type\": \"AUCTION\"}").patch(OPPORTUNITIES + "/" + id).then()
                .statusCode(400).contentType(PROBLEM);
        as(council).body(Map.of("postcode", "nowhere")).patch(OPPORTUNITIES + "/" + id).then().statusCode(400)
                .body("errors.field", is(List.of("postcode"))).body("errors[0].code", is("pattern"));
        as(council).body("[]").patch(OPPORTUNITIES + "/" + id).then().statusCode(400).contentType(PROBLEM);
    }
}

package onestop.opportunities.opportunity;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.api.OpportunityCancelled;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;

@OpportunitiesTest
class OpportunityJourneyTest {

    private static final DateTimeFormatter CLOSING = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    private final String council = TestTokens.buyer("Birmingham City Council");

    @Test
    void aBuyerDraftsEditsAndPublishesANoticeThatClosesAtItsDeadlineAndNoSooner() {
        String word = Api.word();
        Map<String, Object> body = Api.notice("Park railings " + word);
        var created = as(council).body(body).post(OPPORTUNITIES).then().statusCode(201)
                .header("Location", containsString(OPPORTUNITIES + "/"))
                .body("status", is("DRAFT"))
                .body("buyer", is("Birmingham City Council"))
                .body("reference", matchesPattern("OPP-\\d{4}-\\d{6}"))
                .extract();
        String id = created.path("id");

        // a draft is its buyer's only
        given().get(OPPORTUNITIES + "/" + id).then().statusCode(404).contentType("application/problem+json");

        String etag = as(council).get(OPPORTUNITIES + "/" + id).then().statusCode(200).extract().header("ETag");
        as(council).header("If-Match", etag).body(Map.of("title", "Park railings repainted " + word))
                .patch(OPPORTUNITIES + "/" + id).then().statusCode(200).body("title", is("Park railings repainted " + word));
        as(council).header("If-Match", etag).body(Map.of("title", "stale"))
                .patch(OPPORTUNITIES + "/" + id).then().statusCode(412);
        // If-Match as every service reads it: a list, a weak tag
        String current = as(council).get(OPPORTUNITIES + "/" + id).then().extract().header("ETag");
        as(council).header("If-Match", etag + ", W/" + current).body(Map.of("title", "Park railings repainted " + word))
                .patch(OPPORTUNITIES + "/" + id).then().statusCode(200);

        as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200)
                .body("status", is("OPEN")).body("publishedAt", notNullValue());
        given().get(OPPORTUNITIES + "/" + id).then().statusCode(200).body("title", containsString("repainted"));
        // an open tender notice is changed by publishing its next version (the history keeps both)
        as(council).body(Map.of("description", "Repaint the railings of three parks.")).patch(OPPORTUNITIES + "/" + id)
                .then().statusCode(200).body("description", is("Repaint the railings of three parks."));
        given().get(OPPORTUNITIES + "/" + id + "/notices").then().statusCode(200).body("version", contains(1, 2));

        given().get(OPPORTUNITIES + "?q=" + word).then().statusCode(200)
                .body("total", is(1)).body("items[0].id", is(id));

        // suppliers have until the deadline: the buyer cannot close the notice sooner (it would unseal tenders)
        String deadline = as(council).get(OPPORTUNITIES + "/" + id).then().extract().path("closingAt");
        as(council).post(OPPORTUNITIES + "/" + id + "/close").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", startsWith("Suppliers have until the deadline, "
                        + CLOSING.format(Instant.parse(deadline)) + ", to respond"));
        given().get(OPPORTUNITIES + "/" + id).then().body("status", is("OPEN"));
        Api.deadlinePasses(council, OPPORTUNITIES + "/" + id);
        as(council).post(OPPORTUNITIES + "/" + id + "/close").then().statusCode(409)
                .body("detail", is("A notice that is closed cannot become closed."));
        as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("A notice that is closed cannot become open."));
        as(council).body(Map.of("title", "too late")).patch(OPPORTUNITIES + "/" + id).then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", is("Only a draft, planned or open notice can be changed; this notice is closed."));
    }

    @Test
    void aNoticeClosesByItselfAtItsClosingTimeAndSaysSo() {
        Map<String, Object> body = Api.notice("Gritting " + Api.word());
        UUID id = Api.draft(council, body);
        as(council).body(Map.of("closingAt", Instant.now().plusSeconds(2).toString()))
                .patch(OPPORTUNITIES + "/" + id).then().statusCode(200);
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(200);
            topic.await(1, r -> id.toString().equals(r.key())
                    && "onestop.opportunities.opportunity.closed".equals(TopicReader.header(r, "ce_type"))
                    && r.value().replace(" ", "").contains("\"automatic\":true"), Duration.ofSeconds(20));
        }
        given().get(OPPORTUNITIES + "/" + id).then().statusCode(200).body("status", is("CLOSED"));
    }

    @Test
    void aCancelledNoticeShowsItsReasonAndItsEventNamesThoseWhoResponded() throws Exception {
        UUID id = Api.published(council, Api.notice("Bins " + Api.word()));
        UUID business = UUID.randomUUID();
        String supplier = TestTokens.business(business);
        Api.supplierProfile(supplier, "Bin Stores Ltd");
        as(supplier).body(Map.of("summary", "Stores", "pricePence", 10_000)).post(OPPORTUNITIES + "/" + id
                + "/responses").then().statusCode(201);
        try (TopicReader topic = TopicReader.fromStart("onestop.opportunities.v1")) {
            as(council).body(Map.of("reason", "Budget withdrawn")).post(OPPORTUNITIES + "/" + id + "/cancel")
                    .then().statusCode(200).body("status", is("CANCELLED"));
            String cancelled = topic.await(1, r -> id.toString().equals(r.key())
                    && "onestop.opportunities.opportunity.cancelled".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(20)).get(0).value();
            OpportunityCancelled data = new ObjectMapper().findAndRegisterModules().readValue(cancelled,
                    OpportunityCancelled.class);
            assertThat(data.respondentBusinessIds()).containsExactly(business);
            assertThat(data.reason()).isEqualTo("Budget withdrawn");
            assertThat(data.title()).startsWith("Bins ");
        }
        given().get(OPPORTUNITIES + "/" + id).then().body("cancelReason", is("Budget withdrawn"));
    }

    @Test
    void publishingNeedsAClosingTimeInTheFuture() {
        Map<String, Object> body = Api.notice("Signs " + Api.word());
        body.remove("closingAt");
        UUID id = Api.draft(council, body);
        as(council).post(OPPORTUNITIES + "/" + id + "/publish").then().statusCode(422)
                .body("errors[0].field", is("closingAt")).body("errors[0].code", is("required"));
    }
}

package onestop.opportunities.procurement;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.opportunities.api.AwardChallengeResolved;
import onestop.opportunities.api.AwardChallenged;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.StandstillChallenge;
import onestop.opportunities.api.StandstillExtended;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicReader;
import onestop.platform.time.WorkingDayCalendar;

/**
 * During the standstill a supplier who tendered may challenge the award: the contract is then suspended until the
 * buyer records the outcome. The buyer may extend the standstill, on the record, but never shorten it.
 */
@OpportunitiesTest
class StandstillChallengeTest {

    private static final String COUNCIL = TestTokens.buyer("Birmingham City Council");

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void aChallengeSuspendsTheContractUntilItsOutcomeIsRecorded() throws Exception {
        Map<String, Object> body = Api.notice("Street cleansing " + Api.word());
        body.put("closingAt", Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString());
        UUID id = Api.published(COUNCIL, body);
        String notice = OPPORTUNITIES + "/" + id;
        UUID acmeId = UUID.randomUUID();
        UUID rivalId = UUID.randomUUID();
        String acme = TestTokens.business(acmeId);
        String rival = TestTokens.business(rivalId);
        Api.supplierProfile(acme, "Acme Cleansing Ltd");
        Api.supplierProfile(rival, "Rival Cleansing Ltd");
        String winning = as(acme).body(Map.of("summary", "Daily sweeps", "pricePence", 4_000_000))
                .post(notice + "/responses").then().statusCode(201).extract().path("id");
        as(rival).body(Map.of("summary", "Weekly sweeps", "pricePence", 3_000_000)).post(notice + "/responses")
                .then().statusCode(201);
        as(rival).body(Map.of("grounds", "Too early")).post(notice + "/challenges").then().statusCode(409);
        Api.deadlinePasses(COUNCIL, notice);
        as(COUNCIL).body(Map.of("responseId", winning, "valuePence", 4_000_000)).post(notice + "/award").then()
                .statusCode(200);
        LocalDate lastDay = LocalDate.parse(given().get(notice).then().extract().path("procurement.standstillLastDay"));

        as(TestTokens.business(UUID.randomUUID())).body(Map.of("grounds", "I did not tender"))
                .post(notice + "/challenges").then().statusCode(404);
        as(rival).body(Map.of("grounds", "")).post(notice + "/challenges").then().statusCode(400)
                .body("errors.field", hasItem("grounds"));
        String challenge;
        try (TopicReader topic = TopicReader.fromStart(OpportunitiesEvents.TOPIC)) {
            challenge = as(rival).body(Map.of("grounds", "The price was scored against the wrong criterion"))
                    .post(notice + "/challenges").then().statusCode(201).body("outcome", is((Object) null))
                    .extract().path("id");
            // the buyer hears of it (the gateway tells them); the grounds stay here, behind the buyer's sign-in
            AwardChallenged raised = data(topic, id, OpportunitiesEvents.OPPORTUNITY_AWARD_CHALLENGED.value(),
                    AwardChallenged.class);
            assertThat(raised.buyer()).isEqualTo("Birmingham City Council");
            assertThat(raised.challengeId()).hasToString(challenge);
            assertThat(raised.businessId()).isEqualTo(rivalId);
            assertThat(raised.standstillLastDay()).isEqualTo(lastDay);
            assertThat(raised.reference()).isNotBlank();
        }
        as(rival).get(notice + "/challenges").then().statusCode(200).body("size()", is(1));
        as(acme).get(notice + "/challenges").then().statusCode(200).body("size()", is(0));
        as(COUNCIL).get(notice + "/challenges").then().statusCode(200).body("[0].grounds", containsString("wrong"));

        // the buyer extends the standstill by a week, on the record; never shortens it
        as(COUNCIL).body(Map.of("lastDay", lastDay.minusDays(1).toString(), "reason", "Shorter"))
                .post(notice + "/standstill/extension").then().statusCode(422).body("errors.field", hasItem("lastDay"));
        LocalDate extended = lastDay.plusDays(7);
        try (TopicReader topic = TopicReader.fromStart(OpportunitiesEvents.TOPIC)) {
            as(COUNCIL).body(Map.of("lastDay", extended.toString(), "reason", "To consider the challenge"))
                    .post(notice + "/standstill/extension").then().statusCode(200)
                    .body("previousLastDay", is(lastDay.toString()));
            // whom it concerns hear of it: the winner and the other bidder (the gateway tells them, moves calendars)
            StandstillExtended data = data(topic, id, OpportunitiesEvents.OPPORTUNITY_STANDSTILL_EXTENDED.value(),
                    StandstillExtended.class);
            assertThat(data.businessId()).isEqualTo(acmeId);
            assertThat(data.unsuccessfulBusinessIds()).containsExactly(rivalId);
            assertThat(data.previousLastDay()).isEqualTo(lastDay);
            assertThat(data.standstillLastDay()).isEqualTo(extended);
            assertThat(data.reason()).isEqualTo("To consider the challenge");
        }
        given().get(notice).then().body("procurement.standstillLastDay", is(extended.toString()))
                .body("procurement.standstillExtensions[0].reason", is("To consider the challenge"));

        // after the standstill, the contract waits for the challenge's outcome; no new challenge is raised
        clock.set(extended.plusDays(1).atTime(LocalTime.of(9, 0)).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        Map<String, Object> contract = Map.of("signedOn", extended.plusDays(1).toString());
        as(COUNCIL).body(contract).post(notice + "/contract").then().statusCode(409)
                .body("detail", containsString("suspended"));
        as(rival).body(Map.of("grounds", "Late")).post(notice + "/challenges").then().statusCode(409);
        as(TestTokens.buyer("Sandwell Council")).body(Map.of("outcome", "DISMISSED", "note", "x"))
                .post(notice + "/challenges/" + challenge + "/outcome").then().statusCode(404);
        try (TopicReader topic = TopicReader.fromStart(OpportunitiesEvents.TOPIC)) {
            as(COUNCIL).body(Map.of("outcome", "DISMISSED", "note", "The criterion was the published one"))
                    .post(notice + "/challenges/" + challenge + "/outcome").then().statusCode(200)
                    .body("outcome", is("DISMISSED"));
            // the challenger hears how it ended
            AwardChallengeResolved resolved = data(topic, id,
                    OpportunitiesEvents.OPPORTUNITY_AWARD_CHALLENGE_RESOLVED.value(), AwardChallengeResolved.class);
            assertThat(resolved.businessId()).isEqualTo(rivalId);
            assertThat(resolved.outcome()).isEqualTo(StandstillChallenge.Outcome.DISMISSED);
            assertThat(resolved.note()).isEqualTo("The criterion was the published one");
        }
        as(COUNCIL).body(Map.of("outcome", "UPHELD", "note", "Changed our mind"))
                .post(notice + "/challenges/" + challenge + "/outcome").then().statusCode(409);
        as(COUNCIL).body(contract).post(notice + "/contract").then().statusCode(200);
    }

    /** The data of the one event of {@code type} about notice {@code id}, read into its record. */
    private static <T> T data(TopicReader topic, UUID id, String type, Class<T> record) throws Exception {
        ConsumerRecord<String, String> event = topic.await(1, r -> id.toString().equals(r.key())
                && TopicReader.ofType(type).test(r), Duration.ofSeconds(15)).get(0);
        return new ObjectMapper().findAndRegisterModules().readValue(event.value(), record);
    }
}

package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static onestop.licensing.support.Licensing.decide;
import static onestop.licensing.support.Licensing.determine;
import static onestop.licensing.support.Licensing.officer;
import static onestop.licensing.support.Licensing.represent;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.testing.TopicReader;

/**
 * Issue 14's hearings: relevant representations take a premises application to a hearing inside the statutory
 * period (consultation from Tuesday 1 June 2027: its last day is 29 June, so the 20 working days beginning with
 * 30 June end on 27 July, and 10 working days' notice given on 30 June makes 14 July the first day possible).
 */
@LicensingTest
class HearingTest {

    private static final Instant VALIDATED = Instant.parse("2027-06-01T08:00:00Z");
    private static final Instant CONSULTATION_OVER = Instant.parse("2027-06-30T08:00:00Z");

    @Inject
    TestClock clock;

    @BeforeEach
    void firstOfJune() {
        clock.set(VALIDATED);
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aRelevantRepresentationIsHeardInsideThePeriodAndTheLicenceCarriesTheModifiedConditions() throws Exception {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Custard Factory Bar " + suffix());
        String application = API + "/applications/" + id;
        String police = represent(id, "West Midlands Police", "RESPONSIBLE_AUTHORITY",
                "Crime and disorder: late closing near two other venues.");
        String neighbour = represent(id, "Jo Bloggs", "PUBLIC", "I do not like the owner.");
        clock.set(CONSULTATION_OVER);

        // nothing is decided before every representation is determined
        decide(id, Map.of("outcome", "GRANT")).response().then().statusCode(409)
                .body("errors.field", hasItem("representations"));
        determine(id, neighbour, "FRIVOLOUS", null).response().then().statusCode(422)
                .body("errors.field", contains("reasons"));
        determine(id, neighbour, "FRIVOLOUS", "About the owner, not the licensing objectives.")
                .response().then().statusCode(200).body("determination", is("FRIVOLOUS"))
                .body("determinedBy", is("officer@onestop.local"));
        determine(id, police, "RELEVANT", null).response().then().statusCode(200).body("determination", is("RELEVANT"));

        // a relevant representation: no decision without a hearing
        decide(id, Map.of("outcome", "GRANT")).response().then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("s.18(3)(a)"))
                .body("errors.field", contains("hearing"));

        // the hearing must fall inside the period, on a working day, with the notice owed
        hearing(id, "2027-07-28").then().statusCode(422).body("errors.field", contains("date"))
                .body("errors[0].code", is("out-of-range")).body("detail", containsString("2027-07-27"));
        hearing(id, "2027-07-13").then().statusCode(422).body("errors.field", contains("date"))
                .body("detail", containsString("10 working days"));
        hearing(id, "2027-07-17").then().statusCode(422).body("errors.field", contains("date"))
                .body("errors[0].code", is("invalid"));
        hearing(id, "2027-07-14").then().statusCode(201)
                .body("status", is("SCHEDULED"))
                .body("startsAt", is("2027-07-14T09:00:00Z"))
                .body("earliestDate", is("2027-06-30")).body("latestDate", is("2027-07-27"));
        hearing(id, "2027-07-15").then().statusCode(409);

        // the applicant reads when and where, and the grounds, but not the neighbour's name
        as(business.token()).when().get(application + "/hearing").then().statusCode(200)
                .body("place", is("Council House, Committee Room 2"));
        as(business.token()).when().get(application + "/representations").then().statusCode(200)
                .body("find { it.id == '" + police + "' }.from", is("West Midlands Police"))
                .body("find { it.id == '" + neighbour + "' }.from", nullValue())
                .body("find { it.id == '" + neighbour + "' }.grounds", is("I do not like the owner."));
        as(Business.create().token()).when().get(application + "/hearing").then().statusCode(404);

        // not before the hearing; after it, modified conditions need reasons
        Map<String, Object> modified = Map.of("outcome", "GRANT_WITH_MODIFIED_CONDITIONS",
                "conditions", List.of("Last entry 23:00", "Two door staff from 21:00 on Fridays"));
        decide(id, modified).response().then().statusCode(409).body("errors.field", contains("hearing"));
        clock.set(Instant.parse("2027-07-14T11:00:00Z"));
        decide(id, modified).response().then().statusCode(422).body("errors.field", contains("reasons"));
        Map<String, Object> withReasons = Map.of("outcome", "GRANT_WITH_MODIFIED_CONDITIONS",
                "conditions", List.of("Last entry 23:00", "Two door staff from 21:00 on Fridays"),
                "reasons", "The conditions the police proposed at the hearing promote the prevention of crime.");
        String licenceId = decide(id, withReasons).response().then().statusCode(200)
                .body("status", is("GRANTED")).body("outcome", is("GRANT_WITH_MODIFIED_CONDITIONS"))
                // 21 days beginning with the day the decision was notified (14 July): the last is 3 August
                .body("appealDeadline", is("2027-08-03"))
                .extract().path("issuedLicenceId");

        as(business.token()).when().get(API + "/licences/" + licenceId).then().statusCode(200)
                .body("conditions", contains("Last entry 23:00", "Two door staff from 21:00 on Fridays"))
                .body("details.licensableActivities", contains("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"));
        as(business.token()).when().get(application + "/timeline").then()
                .body("message", hasItem(containsString("found frivolous")))
                .body("message", hasItem(containsString("3 August 2027")))
                .body("message", not(hasItem(containsString("Jo Bloggs"))));

        // the applicant's inbox hears of the hearing and of the decision after it
        ObjectMapper json = new ObjectMapper();
        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            List<ConsumerRecord<String, String>> events = topic.await(4, r -> id.equals(r.key()),
                    Duration.ofSeconds(30));
            JsonNode scheduled = json.readTree(events.stream()
                    .filter(TopicReader.ofType("onestop.licensing.application.hearing-scheduled")).findFirst()
                    .orElseThrow().value());
            assertThat(scheduled.path("hearingStartsAt").asText()).isEqualTo("2027-07-14T09:00:00Z");
            assertThat(scheduled.path("hearingPlace").asText()).isEqualTo("Council House, Committee Room 2");
            assertThat(scheduled.path("businessId").asText()).isEqualTo(business.id().toString());
            List<ConsumerRecord<String, String>> all = topic.await(6, r -> id.equals(r.key()), Duration.ofSeconds(30));
            JsonNode decided = json.readTree(all.stream()
                    .filter(TopicReader.ofType("onestop.licensing.application.decided")).findFirst()
                    .orElseThrow().value());
            assertThat(decided.path("appealDeadline").asText()).isEqualTo("2027-08-03");
            assertThat(decided.path("hearingStartsAt").asText()).isEqualTo("2027-07-14T09:00:00Z");
            assertThat(decided.path("outcome").asText()).isEqualTo("GRANT_WITH_MODIFIED_CONDITIONS");
        }
    }

    @Test
    void frivolousAndWithdrawnRepresentationsNeedNoHearing() {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Digbeth Arches " + suffix());
        String frivolous = represent(id, "A resident", "PUBLIC", "Pubs are bad.");
        String withdrawn = represent(id, "Environmental Health", "RESPONSIBLE_AUTHORITY",
                "Public nuisance: music noise.");
        clock.set(CONSULTATION_OVER);
        determine(id, frivolous, "NOT_RELEVANT", "Not about the licensing objectives at this premises.")
                .response().then().statusCode(200);
        determine(id, withdrawn, "RELEVANT", null).response().then().statusCode(200);
        as(officer()).when().post(API + "/applications/" + id + "/representations/" + withdrawn + "/withdrawal")
                .then().statusCode(200).body("withdrawnBy", is("officer@onestop.local"))
                .body("withdrawnAt", startsWith("2027-06-30T08:00"));
        as(officer()).when().post(API + "/applications/" + id + "/representations/" + withdrawn + "/withdrawal")
                .then().statusCode(409);

        hearing(id, "2027-07-14").then().statusCode(409).body("errors.field", contains("representations"));
        // with no relevant representation standing, the licence must be granted (s.18(2))
        decide(id, Map.of("outcome", "REFUSE", "reasons", "Too many pubs in Digbeth.")).response().then()
                .statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("must be granted as applied for"))
                .body("detail", containsString("s.18(2)"))
                .body("errors.field", contains("outcome"));
        decide(id, Map.of("outcome", "GRANT")).response().then().statusCode(200).body("status", is("GRANTED"))
                .body("appealDeadline", is("2027-07-20"));
    }

    @Test
    void aHearingCanExcludeActivitiesAppliedForAndBeAdjournedOnce() {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Moseley Rooms " + suffix());
        String police = represent(id, "West Midlands Police", "RESPONSIBLE_AUTHORITY", "Public safety: crowding.");
        clock.set(CONSULTATION_OVER);
        determine(id, police, "RELEVANT", null).response().then().statusCode(200);
        hearing(id, "2027-07-14").then().statusCode(201);
        as(officer()).contentType(ContentType.JSON)
                .body(Map.of("date", "2027-07-21", "time", "14:00", "place", "Council House, Committee Room 1"))
                .when().post(API + "/applications/" + id + "/hearing/adjournment")
                .then().statusCode(200).body("adjournments", is(1)).body("startsAt", is("2027-07-21T13:00:00Z"));
        as(officer()).contentType(ContentType.JSON)
                .body(Map.of("date", "2027-07-22", "time", "14:00", "place", "Council House, Committee Room 1"))
                .when().post(API + "/applications/" + id + "/hearing/adjournment").then().statusCode(409);
        clock.set(Instant.parse("2027-07-21T15:00:00Z"));

        String reasons = "Regulated entertainment would crowd the narrow entrance.";
        decide(id, Map.of("outcome", "EXCLUDE_ACTIVITIES", "excludedActivities", List.of("LATE_NIGHT_REFRESHMENT"),
                "reasons", reasons)).response().then().statusCode(422).body("errors.field", contains("excludedActivities"));
        decide(id, Map.of("outcome", "EXCLUDE_ACTIVITIES", "reasons", reasons,
                "excludedActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT")))
                .response().then().statusCode(422).body("errors.field", contains("excludedActivities"));
        String licenceId = decide(id, Map.of("outcome", "EXCLUDE_ACTIVITIES", "reasons", reasons,
                "excludedActivities", List.of("REGULATED_ENTERTAINMENT"))).response().then().statusCode(200)
                .body("excludedActivities", contains("REGULATED_ENTERTAINMENT"))
                .extract().path("issuedLicenceId");
        as(business.token()).when().get(API + "/licences/" + licenceId).then().statusCode(200)
                .body("details.licensableActivities", contains("SALE_OF_ALCOHOL"));
    }

    @Test
    void onlyTheOfficerArrangesHearingsAndDeterminesRepresentations() {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Kings Heath Vaults " + suffix());
        String police = represent(id, "West Midlands Police", "RESPONSIBLE_AUTHORITY", "Crime and disorder.");
        clock.set(CONSULTATION_OVER);
        as(business.token()).contentType(ContentType.JSON).body(Map.of("determination", "FRIVOLOUS", "reasons", "x"))
                .when().put(API + "/applications/" + id + "/representations/" + police + "/determination")
                .then().statusCode(403);
        as(officer()).contentType(ContentType.JSON).body(Map.of("determination", "RELEVANT"))
                .when().put(API + "/applications/" + id + "/representations/" + UUID.randomUUID() + "/determination")
                .then().statusCode(404);
        as(officer()).contentType(ContentType.JSON).body(Map.of("time", "10:00", "place", "Council House"))
                .when().post(API + "/applications/" + id + "/hearing")
                .then().statusCode(400).body("errors.field", hasItem(containsString("date")));
    }

    private static io.restassured.response.Response hearing(String id, String date) {
        return as(officer()).contentType(ContentType.JSON)
                .body(Map.of("date", date, "time", "10:00", "place", "Council House, Committee Room 2"))
                .when().post(API + "/applications/" + id + "/hearing");
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}

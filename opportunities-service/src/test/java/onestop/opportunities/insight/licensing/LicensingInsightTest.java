package onestop.opportunities.insight.licensing;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.restassured.path.json.JsonPath;
import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.LicensingEvents;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.platform.testing.TestTokens;
import onestop.platform.testing.TopicWriter;

/**
 * The licensing figures, from the licensing events published to the real broker as the licensing service writes
 * them: a known set of applications (received, decided in known working days across Easter 2019, refused, granted
 * by tacit consent, overdue, paused, withdrawn), every figure checked in the JSON and the CSV, staff and public.
 */
@OpportunitiesTest
class LicensingInsightTest {

    static final String STAFF = "/api/opportunities/insight/licensing";
    static final String PUBLIC = "/api/opportunities/insight/licensing/public";
    static final String PERIOD = "?from=2019-03-01&to=2019-04-30";

    @Inject
    ObjectMapper json;

    @Inject
    TestClock clock;

    private final String typeA = "PREMISES_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final String typeB = "STREET_" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    private final List<CloudEvent> sent = new ArrayList<>();

    @BeforeEach
    void today() {
        clock.set(Instant.parse("2019-05-20T09:00:00Z"));
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    @Test
    void everyFigureOfAKnownSetOfApplications() {
        seed();
        awaitDecided(typeA, 4);

        JsonPath staff = as(TestTokens.officer()).get(STAFF + PERIOD).then().statusCode(200).extract().jsonPath();
        assertThat(staff.getString("from")).isEqualTo("2019-03-01");
        assertThat(staff.getString("asOf")).isEqualTo("2019-05-20");
        // type A: received a1 a2 a3 a4 a5 a6; decided a7 (4 working days), a2 (7: Good Friday and Easter Monday
        // skipped), a1 (10), a3 (24, by tacit consent after its due date); a4 overdue; a5 paused, a6 withdrawn
        assertFigures(staff, typeA, "6", "4", "20", "8.5", "24.0", "3", "1", "1", "1", "25.0");
        assertFigures(staff, typeB, "1", "1", "5", "4.0", "4.0", "1", "0", "0", "0", "0.0");
        assertThat(staff.getString("total.received")).isEqualTo("7");
        assertThat(staff.getString("total.decided")).isEqualTo("5");
        assertThat(staff.getString("total.medianWorkingDays")).isEqualTo("7.0");
        assertThat(staff.getString("total.percentile90WorkingDays")).isEqualTo("24.0");
        assertThat(staff.getString("total.refused")).isEqualTo("1");
        assertThat(staff.getString("total.refusalRate")).isEqualTo("20.0");
        assertThat(staff.getString("total.tacitConsentGrants")).isEqualTo("1");
        assertThat(month(staff, "2019-03", typeA)).isEqualTo("3/2");
        assertThat(month(staff, "2019-04", typeA)).isEqualTo("3/2");
        assertThat(month(staff, "2019-03", typeB)).isEqualTo("0/0");
        assertThat(month(staff, "2019-04", typeB)).isEqualTo("1/1");

        String csv = as(TestTokens.admin()).accept("text/csv").get(STAFF + ".csv" + PERIOD).then().statusCode(200)
                .contentType("text/csv").extract().asString();
        assertThat(csv).startsWith(String.join(",", LicensingInsightCsv.HEADER) + "\r\n");
        assertThat(csv).contains("type,2019-03-01,2019-04-30,2019-05-20,," + typeA + ",6,4,20,8.5,24.0,3,1,1,1,25.0\r\n");
        assertThat(csv).contains("type,2019-03-01,2019-04-30,2019-05-20,," + typeB + ",1,1,5,4.0,4.0,1,0,0,0,0.0\r\n");
        assertThat(csv).contains("month,2019-03-01,2019-04-30,2019-05-20,2019-03," + typeA + ",3,2,,,,,,,,\r\n");
        assertThat(csv).contains("month,2019-03-01,2019-04-30,2019-05-20,2019-04," + typeB + ",1,1,,,,,,,,\r\n");

        // the public figures: the same, but no type's refusals from fewer than 5 decisions
        JsonPath open = given().get(PUBLIC + PERIOD).then().statusCode(200).extract().jsonPath();
        assertFigures(open, typeA, "6", "4", "20", "8.5", "24.0", "3", "1", "1", null, null);
        assertThat(open.getString("total.refusalRate")).isEqualTo("20.0");
        String openCsv = given().accept("text/csv").get(PUBLIC + ".csv" + PERIOD).then().statusCode(200)
                .extract().asString();
        assertThat(openCsv).contains("type,2019-03-01,2019-04-30,2019-05-20,," + typeA + ",6,4,20,8.5,24.0,3,1,1,,\r\n");
        assertThat(open.prettify()).doesNotContain("applicationId").doesNotContain("businessId");

        // every event again, and an older one after the decision: nothing changes
        sent.forEach(event -> TopicWriter.send(LicensingEvents.TOPIC, event.getSubject(), event));
        UUID a1 = UUID.fromString(sent.get(0).getSubject());
        send(a1, typeA, ApplicationStatus.SUBMITTED, at("2019-03-04T10:00:00Z"), LocalDate.parse("2019-04-01"),
                null, null, false, 20, at("2019-03-05T10:00:00Z"));
        UUID marker = UUID.randomUUID();
        send(marker, typeB, ApplicationStatus.SUBMITTED, at("2019-04-29T10:00:00Z"), LocalDate.parse("2019-05-07"),
                null, null, false, 5, at("2019-04-29T10:00:00Z"));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.officer())
                .get(STAFF + PERIOD).then().body("types.find { it.licenceTypeCode == '" + typeB + "' }.received",
                        is(2)));
        JsonPath again = as(TestTokens.officer()).get(STAFF + PERIOD).then().statusCode(200).extract().jsonPath();
        assertFigures(again, typeA, "6", "4", "20", "8.5", "24.0", "3", "1", "1", "1", "25.0");
    }

    @Test
    void staffOnlyAndPeriodsThatAreDates() {
        as(TestTokens.business(UUID.randomUUID())).get(STAFF).then().statusCode(403)
                .contentType("application/problem+json");
        as(TestTokens.buyer("Birmingham City Council")).get(STAFF + ".csv").then().statusCode(403);
        given().get(STAFF).then().statusCode(401);
        as(TestTokens.officer()).get(STAFF + "?from=yesterday").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", is("from"))
                .body("errors[0].code", is("not-a-date"));
        given().get(PUBLIC + "?from=2019-05-01&to=2019-04-01").then().statusCode(400)
                .body("errors[0].field", is("from")).body("errors[0].code", is("out-of-range"));
        // by default the last twelve months, to today
        given().get(PUBLIC).then().statusCode(200).body("from", is("2018-06-01")).body("to", is("2019-05-20"));
    }

    /** The applications, each by the events the licensing service writes as it moves. */
    private void seed() {
        submittedThenDecided(typeA, "2019-03-04T10:00:00Z", "2019-04-01", "2019-03-18T15:00:00Z",
                DecisionOutcome.GRANT, false, 20);                                                  // a1: 10 days
        submittedThenDecided(typeA, "2019-04-15T10:00:00Z", "2019-05-14", "2019-04-26T15:00:00Z",
                DecisionOutcome.REFUSE, false, 20);                                                 // a2: 7 days
        submittedThenDecided(typeA, "2019-03-11T10:00:00Z", "2019-04-08", "2019-04-12T00:30:00Z",
                DecisionOutcome.GRANT, true, 20);                                                   // a3: 24 days
        submitted(typeA, ApplicationStatus.UNDER_REVIEW, "2019-04-01T10:00:00Z", "2019-04-30");      // a4: overdue
        submitted(typeA, ApplicationStatus.INFORMATION_REQUESTED, "2019-04-23T10:00:00Z", "2019-05-10"); // a5
        submitted(typeA, ApplicationStatus.WITHDRAWN, "2019-03-20T10:00:00Z", "2019-04-17");         // a6
        submittedThenDecided(typeA, "2019-02-25T10:00:00Z", "2019-03-25", "2019-03-01T11:00:00Z",
                DecisionOutcome.GRANT, false, 20);                                                  // a7: 4 days
        submittedThenDecided(typeB, "2019-04-24T10:00:00Z", "2019-05-01", "2019-04-30T16:00:00Z",
                DecisionOutcome.GRANT, false, 5);                                                   // b1: 4 days
    }

    private void submittedThenDecided(String type, String submittedAt, String due, String decidedAt,
            DecisionOutcome outcome, boolean tacit, int target) {
        UUID id = UUID.randomUUID();
        Instant submitted = at(submittedAt);
        send(id, type, ApplicationStatus.SUBMITTED, submitted, LocalDate.parse(due), null, null, false, target,
                submitted);
        Instant decided = at(decidedAt);
        send(id, type, outcome == DecisionOutcome.REFUSE ? ApplicationStatus.REFUSED : ApplicationStatus.GRANTED,
                submitted, LocalDate.parse(due), decided, outcome, tacit, target, decided);
    }

    private void submitted(String type, ApplicationStatus now, String submittedAt, String due) {
        UUID id = UUID.randomUUID();
        Instant submitted = at(submittedAt);
        send(id, type, ApplicationStatus.SUBMITTED, submitted, LocalDate.parse(due), null, null, false, 20, submitted);
        if (now != ApplicationStatus.SUBMITTED) {
            send(id, type, now, submitted, LocalDate.parse(due), null, null, false, 20, submitted.plusSeconds(3600));
        }
    }

    private void send(UUID id, String type, ApplicationStatus status, Instant submittedAt, LocalDate due,
            Instant decidedAt, DecisionOutcome outcome, boolean tacit, int target, Instant occurredAt) {
        ApplicationEvent data = new ApplicationEvent(id, "LIC-2019-" + id.toString().substring(0, 6), UUID.randomUUID(),
                type, ApplicationKind.NEW, status, null, submittedAt, due, null, decidedAt, outcome,
                outcome == null ? null : tacit, null, null, occurredAt, null, null, null, target, null);
        String verb = decidedAt != null ? "decided" : status == ApplicationStatus.SUBMITTED ? "submitted"
                : "status-changed";
        try {
            CloudEvent event = TopicWriter.event(UUID.randomUUID().toString(),
                    "onestop.licensing.application." + verb, id.toString(), json.writeValueAsString(data));
            TopicWriter.send(LicensingEvents.TOPIC, id.toString(), event);
            sent.add(event);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private void awaitDecided(String type, int decided) {
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.officer())
                .get(STAFF + PERIOD).then().statusCode(200)
                .body("types.find { it.licenceTypeCode == '" + type + "' }.decided", is(decided))
                .body("types.find { it.licenceTypeCode == '" + type + "' }.received", is(6))
                .body("types.find { it.licenceTypeCode == '" + type + "' }.overdue", is(1)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> as(TestTokens.officer())
                .get(STAFF + PERIOD).then().body("types.find { it.licenceTypeCode == '" + typeB + "' }.decided",
                        is(1)));
    }

    private static void assertFigures(JsonPath figures, String type, String... expected) {
        String path = "types.find { it.licenceTypeCode == '" + type + "' }.";
        String[] names = { "received", "decided", "targetWorkingDays", "medianWorkingDays", "percentile90WorkingDays",
                "decidedByDueDate", "overdue", "tacitConsentGrants", "refused", "refusalRate" };
        for (int i = 0; i < names.length; i++) {
            assertThat(figures.getString(path + names[i])).as(type + " " + names[i]).isEqualTo(expected[i]);
        }
    }

    private static String month(JsonPath figures, String month, String type) {
        String path = "months.find { it.month == '" + month + "' && it.licenceTypeCode == '" + type + "' }.";
        return figures.getString(path + "received") + "/" + figures.getString(path + "decided");
    }

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }
}

package onestop.gateway.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicWriter;

/**
 * Events from the services become dates in the feeds of the people they concern; the feed is valid iCalendar,
 * moves a date when an event moves it, shows nobody else's dates, and its address stops working once reset.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class CalendarFeedTest {

    private static final String LICENSING = "onestop.licensing.v1";
    private static final String OPPORTUNITIES = "onestop.opportunities.v1";

    @Test
    void aRespondentsClosingTimeMovesWhenTheBuyerChangesTheNoticeAndNobodyElseSeesIt() throws Exception {
        Accounts.BusinessUser supplier = Accounts.newBusiness();
        Accounts.BusinessUser stranger = Accounts.newBusiness();
        UUID opportunity = UUID.randomUUID();
        send(OPPORTUNITIES, opportunity, "onestop.opportunities.response.submitted", """
                {"responseId":"%s","reference":"RSP-2026-000042","opportunityId":"%s","opportunityReference":"OPP-2026-000901",
                 "title":"Catering, cleaning; and security","buyer":"Birmingham City Council","businessId":"%s",
                 "submittedAt":"2026-12-01T10:00:00Z","closingAt":"2027-01-15T12:00:00Z"}
                """.formatted(UUID.randomUUID(), opportunity, supplier.businessId()), null);
        String url = feedUrl(supplier.token());

        VEvent closing = awaitEvent(url, "Closes: OPP-2026-000901 Catering, cleaning; and security");
        assertThat(value(closing, "DTSTART")).isEqualTo("20270115T120000Z");
        assertThat(value(closing, "SEQUENCE")).isEqualTo("0");

        send(OPPORTUNITIES, opportunity, "onestop.opportunities.opportunity.changed", """
                {"opportunityId":"%s","reference":"OPP-2026-000901","title":"Catering, cleaning; and security",
                 "buyer":"Birmingham City Council","noticeVersion":2,"closingAt":"2027-01-29T12:00:00Z",
                 "changedAt":"2026-12-02T10:00:00Z","respondentBusinessIds":["%s"]}
                """.formatted(opportunity, supplier.businessId()), null);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            VEvent moved = event(url, "Closes: OPP-2026-000901 Catering, cleaning; and security");
            assertThat(value(moved, "DTSTART")).isEqualTo("20270129T120000Z");
            assertThat(value(moved, "UID")).isEqualTo(value(closing, "UID"));
            assertThat(value(moved, "SEQUENCE")).isEqualTo("1");
        });
        assertThat(events(feedUrl(stranger.token()))).isEmpty();
    }

    @Test
    void anOlderEventDeliveredLateDoesNotMoveADateBack() throws Exception {
        Accounts.BusinessUser holder = Accounts.newBusiness();
        UUID licence = UUID.randomUUID();
        String data = """
                {"licenceId":"%s","licenceNumber":"PL-000777","businessId":"%s","licenceTypeCode":"PREMISES_LICENCE",
                 "licenceTypeName":"Premises licence",
                 "status":"ACTIVE","expiresAt":"%s"}
                """;
        send(LICENSING, licence, "onestop.licensing.licence.issued",
                data.formatted(licence, holder.businessId(), "2028-03-01T09:00:00Z"), OffsetDateTime.now());
        String url = feedUrl(holder.token());
        awaitEvent(url, "Licence PL-000777 expires");
        send(LICENSING, licence, "onestop.licensing.licence.issued",
                data.formatted(licence, holder.businessId(), "2027-03-01T09:00:00Z"),
                OffsetDateTime.now().minusDays(1));
        // a later event on the same partition shows the late one has been read
        send(LICENSING, licence, "onestop.licensing.licence.renewal-due",
                data.formatted(licence, holder.businessId(), "2028-03-01T09:00:00Z"), OffsetDateTime.now());

        awaitEvent(url, "Renew licence PL-000777");
        assertThat(value(event(url, "Licence PL-000777 expires"), "DTSTART")).isEqualTo("20280301");
    }

    @Test
    void officersSeeTheQueuesDueDatesUntilTheDecisionAndTheBusinessSeesItsHearing() throws Exception {
        Accounts.BusinessUser applicant = Accounts.newBusiness();
        UUID application = UUID.randomUUID();
        String reference = "LIC-2026-" + application.toString().substring(0, 6);
        send(LICENSING, application, "onestop.licensing.application.status-changed", """
                {"applicationId":"%s","reference":"%s","businessId":"%s","licenceTypeCode":"PREMISES_LICENCE",
                 "licenceTypeName":"Premises licence",
                 "status":"UNDER_REVIEW","previousStatus":"SUBMITTED","dueDate":"2027-02-10",
                 "consultationEndsAt":"2027-01-21T00:00:00Z"}
                """.formatted(application, reference, applicant.businessId()), null);
        String officerUrl = feedUrl(Accounts.officer());
        String businessUrl = feedUrl(applicant.token());

        assertThat(value(awaitEvent(officerUrl, "Decision due: " + reference + " (premises licence)"), "DTSTART"))
                .isEqualTo("20270210");
        assertThat(value(awaitEvent(businessUrl, "Consultation ends: " + reference), "DTSTART")).isEqualTo("20270120");
        assertThat(events(businessUrl)).extracting(e -> value(e, "SUMMARY")).noneMatch(s -> s.startsWith("Decision due"));

        send(LICENSING, application, "onestop.licensing.application.hearing-scheduled", """
                {"applicationId":"%s","reference":"%s","businessId":"%s","licenceTypeCode":"PREMISES_LICENCE",
                 "licenceTypeName":"Premises licence",
                 "status":"UNDER_REVIEW","dueDate":"2027-02-10","hearingStartsAt":"2027-02-03T10:00:00Z",
                 "hearingPlace":"Council House, Committee Room 2"}
                """.formatted(application, reference, applicant.businessId()), null);
        VEvent hearing = awaitEvent(businessUrl, "Hearing: " + reference);
        assertThat(value(hearing, "DTSTART")).isEqualTo("20270203T100000Z");
        assertThat(value(hearing, "DESCRIPTION")).contains("Council House, Committee Room 2");

        send(LICENSING, application, "onestop.licensing.application.decided", """
                {"applicationId":"%s","reference":"%s","businessId":"%s","licenceTypeCode":"PREMISES_LICENCE",
                 "licenceTypeName":"Premises licence",
                 "status":"GRANTED","previousStatus":"UNDER_REVIEW","dueDate":"2027-02-10","outcome":"GRANT"}
                """.formatted(application, reference, applicant.businessId()), null);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events(officerUrl))
                .extracting(e -> value(e, "SUMMARY"))
                .doesNotContain("Decision due: " + reference + " (premises licence)"));
    }

    @Test
    void resettingGivesANewAddressAndTheOldOneAnswers404() {
        Accounts.BusinessUser owner = Accounts.newBusiness();
        String old = feedUrl(owner.token());
        assertThat(feedUrl(owner.token())).isEqualTo(old);
        given().when().get(path(old)).then().statusCode(200).contentType("text/calendar");

        String fresh = given().auth().oauth2(owner.token()).when().post("/api/me/calendar/reset")
                .then().statusCode(200).extract().path("url");

        assertThat(fresh).isNotEqualTo(old).endsWith(".ics");
        given().when().get(path(old)).then().statusCode(404).contentType("application/problem+json");
        given().when().get(path(fresh)).then().statusCode(200);
        given().when().get("/calendar/not-a-token.ics").then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/me/calendar").then().statusCode(401);
    }

    private static String feedUrl(String token) {
        return given().auth().oauth2(token).when().get("/api/me/calendar").then().statusCode(200)
                .body("url", org.hamcrest.Matchers.containsString("/calendar/")).extract().path("url");
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    private static void send(String topic, UUID key, String type, String data, OffsetDateTime at) {
        CloudEvent event = TopicWriter.event(UUID.randomUUID().toString(), type, key.toString(), data);
        TopicWriter.send(topic, key.toString(), at == null ? event : CloudEventBuilder.v1(event).withTime(at).build());
    }

    /** The feed, parsed and checked by ical4j's validator. */
    static List<VEvent> events(String url) throws Exception {
        String ics = given().when().get(path(url)).then().statusCode(200)
                .header("Content-Type", org.hamcrest.Matchers.startsWith("text/calendar")).extract().asString();
        IcsWriterTest.assertRfc5545Lines(ics);
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(ics).isFalse();
        return calendar.getComponents(Component.VEVENT);
    }

    private static VEvent event(String url, String summary) throws Exception {
        return events(url).stream().filter(e -> summary.equals(value(e, "SUMMARY"))).findFirst()
                .orElseThrow(() -> new AssertionError("No event " + summary));
    }

    private static VEvent awaitEvent(String url, String summary) {
        VEvent[] found = new VEvent[1];
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> found[0] = event(url, summary));
        return found[0];
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}

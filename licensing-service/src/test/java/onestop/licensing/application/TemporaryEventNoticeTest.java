package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import onestop.licensing.LicensingTest;
import onestop.licensing.licence.LicenceExpiryJob;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.mail.MailRelay;
import onestop.platform.testing.TestTokens;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Temporary event notices: given standard or late, objected to by the police or environmental health within 3
 * working days, acknowledged for the event alone or ended by a counter notice, and held to the annual limits.
 * The notices are given on Monday 1 March 2027 (no bank holiday near), so the objection period ends at the end
 * of Thursday 4 March.
 */
@LicensingTest
class TemporaryEventNoticeTest {

    private static final String TYPE = "TEMPORARY_EVENT_NOTICE";
    private static final Instant OBJECTIONS_END = london("2027-03-05T00:00");

    @Inject
    TestClock clock;

    @Inject
    NoticeAcknowledgementJob acknowledgements;

    @Inject
    LicenceExpiryJob expiry;

    @Inject
    MailRelay relay;

    @Inject
    MockMailbox mailbox;

    private final Business business = Business.create();

    @BeforeEach
    void givenOnMondayFirstOfMarch() {
        clock.set(london("2027-03-01T10:00"));
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aLateNoticeWithAPoliceObjectionEndsInACounterNotice() {
        // 7 clear working days (2 to 10 March) before the event day, 11 March: late
        String id = given(business, "2027-03-11T18:00", "2027-03-11T23:00");
        notice(id).body("status", is("IN_CONSULTATION")).body("temporaryEvent.late", is(true))
                .body("temporaryEvent.objectionsUntil", is(OBJECTIONS_END.toString()));

        objectAs("police", id, "Drug dealing reported at the last three events here.").statusCode(201)
                .body("authority", is("police"));

        notice(id).body("status", is("REFUSED")).body("outcome", is("REFUSE"))
                .body("temporaryEvent.counterNotice", is(true))
                .body("reasons", containsString("Counter notice"))
                .body("temporaryEvent.objections[0].reasons", is("Drug dealing reported at the last three events here."))
                .body("issuedLicenceId", is((Object) null));
        as(business.token()).when().get(API + "/applications/" + id + "/timeline").then()
                .body("find { it.to == 'REFUSED' }.message", containsString("s.104A"));
        objectAs("environmental-health", id, "Noise.").statusCode(409);
    }

    @Test
    void aStandardNoticeWithNoObjectionIsAcknowledgedAfterThreeWorkingDaysAndExpiresAfterTheEvent() {
        String id = given(business, "2027-03-20T12:00", "2027-03-21T01:00");
        notice(id).body("temporaryEvent.late", is(false));

        clock.set(OBJECTIONS_END.minusSeconds(60));
        acknowledgements.run();
        notice(id).body("status", is("IN_CONSULTATION"));

        clock.set(OBJECTIONS_END);
        assertThat(acknowledgements.run()).isGreaterThanOrEqualTo(1);
        String licenceId = notice(id).body("status", is("GRANTED")).body("issuedLicenceId", notNullValue())
                .extract().path("issuedLicenceId");
        as(business.token()).when().get(API + "/licences/" + licenceId).then().statusCode(200)
                .body("status", is("ACTIVE")).body("validFrom", is(london("2027-03-20T12:00").toString()))
                .body("expiresAt", is(london("2027-03-21T01:00").toString()));
        acknowledgements.run();
        as(business.token()).when().get(API + "/applications/" + id + "/timeline").then()
                .body("findAll { it.to == 'GRANTED' }.size()", is(1))
                .body("find { it.to == 'GRANTED' }.message", containsString("Acknowledged"));

        clock.set(london("2027-03-21T00:59"));
        expiry.run();
        as(business.token()).when().get(API + "/licences/" + licenceId).then().body("status", is("ACTIVE"));
        clock.set(london("2027-03-21T01:00"));
        expiry.run();
        as(business.token()).when().get(API + "/licences/" + licenceId).then().body("status", is("EXPIRED"));
    }

    @Test
    void anObjectionToAStandardNoticeIsHeardAndTheOfficerDecidesAfterTheHearing() {
        String id = given(business, "2027-03-27T12:00", "2027-03-27T22:00");
        String objector = "eh-" + UUID.randomUUID() + "@onestop.local";
        objection(TestTokens.sign(TestTokens.claims(objector, Set.of("environmental-health"))), id,
                "Amplified music in a residential street.").statusCode(201);
        notice(id).body("status", is("IN_CONSULTATION")).body("temporaryEvent.hearingRequired", is(true));

        clock.set(OBJECTIONS_END);
        acknowledgements.run();
        notice(id).body("status", is("IN_CONSULTATION"));
        // no decision without the hearing (s.105(2)(a))
        decide(id, "REFUSE").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("s.105(2)(a)")).body("errors.field", hasItem("hearing"));
        // within 7 working days beginning with the day after the objection period (5 to 15 March), on 2 working
        // days' notice
        hearing(id, "2027-03-16").statusCode(422).body("errors.field", hasItem("date"));
        relay.relay();
        mailbox.clear();
        hearing(id, "2027-03-10").statusCode(201).body("latestDate", is("2027-03-15"));
        relay.relay();
        assertThat(mailbox.getMailsSentTo(objector)).singleElement()
                .satisfies(m -> assertThat(m.getText()).contains("You objected to this temporary event notice"));
        decide(id, "REFUSE").statusCode(409).body("errors.field", hasItem("hearing"));

        clock.set(london("2027-03-10T11:00"));
        decide(id, "REFUSE").statusCode(200).body("status", is("REFUSED"))
                .body("temporaryEvent.counterNotice", is(true)).body("appealDeadline", is("2027-03-30"));
        as(business.token()).when().get(API + "/applications/" + id + "/timeline").then()
                .body("find { it.to == 'REFUSED' }.message", containsString("After a hearing, counter notice"));
        relay.relay();
        assertThat(mailbox.getMailsSentTo(objector)).extracting(Mail::getSubject)
                .contains("Decision on licence application " + notice(id).extract().path("reference"));
    }

    @Test
    void aHearingComesBeforeTheEventAndAnObjectionUndecided24HoursBeforeItLetsTheEventGoAhead() {
        // 10 clear working days' notice: the hearing's period (5 to 15 March) runs up to the eve of the event
        String id = given(business, "2027-03-16T09:00", "2027-03-16T23:00");
        objectAs("police", id, "Fights at the last event.").statusCode(201);
        clock.set(OBJECTIONS_END);
        // the decision comes at least 24 hours before the event (s.105(4)): a hearing less than that before it is
        // too late, though inside its period
        hearing(id, "2027-03-15").statusCode(422).body("errors.field", hasItem("date"))
                .body("detail", containsString("24 hours before the event"));

        clock.set(london("2027-03-15T08:59"));
        acknowledgements.run();
        notice(id).body("status", is("IN_CONSULTATION"));
        clock.set(london("2027-03-15T09:01"));
        decide(id, "REFUSE").statusCode(422).body("detail", containsString("s.105(4)"));
        acknowledgements.run();
        notice(id).body("status", is("GRANTED")).body("issuedLicenceId", notNullValue());
        as(business.token()).when().get(API + "/applications/" + id + "/timeline").then()
                .body("find { it.to == 'GRANTED' }.message", containsString("s.105(4)"));
    }

    @Test
    void anOfficerCannotDecideANoticeNobodyObjectedTo() {
        String id = given(business, "2027-03-27T12:00", "2027-03-27T22:00");
        clock.set(OBJECTIONS_END);
        as(Licensing.officer()).contentType(ContentType.JSON).header("If-Match", Licensing.etag(Licensing.officer(), id))
                .body(Map.of("outcome", "REFUSE", "reasons", "No."))
                .when().post(API + "/applications/" + id + "/decision").then().statusCode(422);
    }

    @Test
    void anObjectionAfterTheThreeWorkingDaysIsRefused() {
        String id = given(business, "2027-03-27T12:00", "2027-03-27T22:00");
        clock.set(OBJECTIONS_END);
        objectAs("police", id, "Too late.").statusCode(422)
                .body("errors.field", hasItem("objectionsUntil"));
        notice(id).body("temporaryEvent.objections.size()", is(0));
    }

    @Test
    void onlyThePoliceAndEnvironmentalHealthObject() {
        String id = given(business, "2027-03-27T12:00", "2027-03-27T22:00");
        objection(business.token(), id, "I object to myself.").statusCode(403);
        objection(Licensing.officer(), id, "An officer does not object.").statusCode(403);
        objectAs("police", UUID.randomUUID().toString(), "Nothing there.").statusCode(404);
        String works = Licensing.submittedStreetWorks(business, "Not a notice");
        objectAs("police", works, "Not a notice.").statusCode(404);
        objectAs("police", id, " ").statusCode(400).body("errors.field", hasItem("reasons"));
    }

    @Test
    void theAuthoritiesSeeTheNoticesTheyMayStillObjectTo() {
        String id = given(business, "2027-03-27T12:00", "2027-03-27T22:00");
        as(Licensing.authority("police")).when().get(API + "/temporary-event-notices").then().statusCode(200)
                .body("find { it.applicationId == '" + id + "' }.maximumPeople", is(120));
        as(business.token()).when().get(API + "/temporary-event-notices").then().statusCode(403);
        clock.set(OBJECTIONS_END);
        as(Licensing.authority("police")).when().get(API + "/temporary-event-notices").then().statusCode(200)
                .body("findAll { it.applicationId == '" + id + "' }.size()", is(0));
    }

    @Test
    void aNoticeOverThePersonsAnnualLimitIsRefusedNamingTheRule() {
        for (int i = 1; i <= 5; i++) {
            given(business, "2027-04-0" + i + "T12:00", "2027-04-0" + i + "T22:00");
        }
        String sixth = draft(business, "2027-04-10T12:00", "2027-04-10T22:00");
        Licensing.pay(business, sixth);
        as(business.token()).when().post(API + "/applications/" + sixth + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("s.107(3)"))
                .body("errors.code", hasItem(AnnualLimits.PERSON_NOTICES));
        notice(sixth).body("status", is("DRAFT"));
    }

    @Test
    void aNoticeGivenTooLateOrForTooLongIsRefusedNamingTheField() {
        String tooLate = draft(business, "2027-03-05T12:00", "2027-03-05T22:00");
        Licensing.pay(business, tooLate);
        as(business.token()).when().post(API + "/applications/" + tooLate + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("details.eventStart"))
                .body("errors.code", hasItem("ten-notice-too-short"));

        String tooLong = draft(business, "2027-03-20T12:00", "2027-03-27T12:01");
        Licensing.pay(business, tooLong);
        as(business.token()).when().post(API + "/applications/" + tooLong + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("details.eventEnd"))
                .body("errors.code", hasItem("ten-event-too-long"));
    }

    @Test
    void aNoticeLessThan24HoursFromTheSameUsersLastEventThereIsRefused() {
        Map<String, Object> premises = premisesOfItsOwn();
        given(business, premises, "2027-03-20T12:00", "2027-03-20T23:00");

        String nextMorning = draft(business, premises, "2027-03-21T10:00", "2027-03-21T18:00");
        Licensing.pay(business, nextMorning);
        as(business.token()).when().post(API + "/applications/" + nextMorning + "/submit").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("s.101"))
                .body("detail", containsString("at least 24 hours"))
                .body("errors.code", hasItem(TemporaryEventNotices.TOO_CLOSE));
        notice(nextMorning).body("status", is("DRAFT"));

        // the day before, ending a day before the first begins, is far enough; so is another user's the next morning
        given(business, premises, "2027-03-18T12:00", "2027-03-19T12:00");
        given(Business.create(), premises, "2027-03-21T10:00", "2027-03-21T18:00");
    }

    @Test
    void aWithdrawnNoticeLeavesItsDaysFreeForAnother() {
        Map<String, Object> premises = premisesOfItsOwn();
        String first = given(business, premises, "2027-03-20T12:00", "2027-03-20T23:00");
        as(business.token()).when().post(API + "/applications/" + first + "/withdraw").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
        given(business, premises, "2027-03-21T10:00", "2027-03-21T18:00");
    }

    @Test
    void aNoticeCannotBeWithdrawnLessThan24HoursBeforeItsEvent() {
        // objected to, so it awaits a hearing and can still be withdrawn, until 24 hours before the event
        String standard = given(business, "2027-03-20T12:00", "2027-03-20T23:00");
        objectAs("environmental-health", standard, "Noise complaints at the last event.").statusCode(201);

        clock.set(london("2027-03-19T12:01"));
        as(business.token()).when().post(API + "/applications/" + standard + "/withdraw").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("s.103"))
                .body("detail", containsString("24 hours before"))
                .body("errors.code", hasItem(TemporaryEventNotices.WITHDRAWAL_TOO_LATE));
        notice(standard).body("status", is("IN_CONSULTATION"));

        clock.set(london("2027-03-19T11:59"));
        as(business.token()).when().post(API + "/applications/" + standard + "/withdraw").then().statusCode(200)
                .body("status", is("WITHDRAWN"));
    }

    @Test
    void anAcknowledgedNoticeSurrenderedAtLeast24HoursBeforeItsEventIsWithdrawnAndCountsNoMore() {
        Map<String, Object> premises = premisesOfItsOwn();
        String first = given(business, premises, "2027-03-20T12:00", "2027-03-20T23:00");
        String licence = acknowledged(first);

        clock.set(london("2027-03-10T10:00"));
        String nextMorning = draft(business, premises, "2027-03-21T10:00", "2027-03-21T18:00");
        Licensing.pay(business, nextMorning);
        submitting(nextMorning).statusCode(422).body("errors.code", hasItem(TemporaryEventNotices.TOO_CLOSE));

        surrender(licence).statusCode(200).body("status", is("SURRENDERED"));
        timeline(first).body("message", hasItem(containsString("Notice withdrawn (Licensing Act 2003 s.103)")));
        submitting(nextMorning).statusCode(200).body("status", is("IN_CONSULTATION"));
    }

    @Test
    void anAcknowledgedNoticeSurrenderedInTheLast24HoursStillCounts() {
        Map<String, Object> premises = premisesOfItsOwn();
        String first = given(business, premises, "2027-03-20T12:00", "2027-03-20T23:00");
        String licence = acknowledged(first);
        String nextMorning = draft(business, premises, "2027-03-21T10:00", "2027-03-21T18:00");
        Licensing.pay(business, nextMorning);

        clock.set(london("2027-03-19T12:01"));
        surrender(licence).statusCode(200).body("status", is("SURRENDERED"));
        timeline(first).body("message", hasItem(containsString("still counts against the annual limits")));
        // given then (in time, had the first been withdrawn), the notice would still be too close to the first
        clock.set(london("2027-03-10T10:00"));
        submitting(nextMorning).statusCode(422).body("errors.code", hasItem(TemporaryEventNotices.TOO_CLOSE));
    }

    @Test
    void aNoticeIsNeverRenewedVariedOrTransferred() {
        String licence = acknowledged(given(business, "2027-03-20T12:00", "2027-03-20T23:00"));
        for (String kind : List.of("RENEWAL", "VARIATION")) {
            as(business.token()).contentType(ContentType.JSON)
                    .body(Map.of("licenceTypeCode", TYPE, "kind", kind, "licenceId", licence))
                    .when().post(API + "/applications").then().statusCode(422)
                    .contentType("application/problem+json")
                    .body("detail", containsString("give a new notice"))
                    .body("errors[0].field", is("licenceId"))
                    .body("errors[0].code", is(Drafts.NOTICE_NOT_CHANGEABLE));
        }
        as(Business.create().token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", TYPE, "kind", "TRANSFER", "licenceId", licence))
                .when().post(API + "/applications").then().statusCode(422)
                .body("errors[0].code", is(Drafts.NOTICE_NOT_CHANGEABLE));
    }

    /** Acknowledges a notice given on 1 March (nobody objects): answers its licence's id. */
    private String acknowledged(String id) {
        Instant now = Instant.now(clock);
        clock.set(OBJECTIONS_END);
        acknowledgements.run();
        clock.set(now);
        return notice(id).body("status", is("GRANTED")).extract().path("issuedLicenceId");
    }

    private ValidatableResponse submitting(String id) {
        return as(business.token()).when().post(API + "/applications/" + id + "/submit").then();
    }

    private ValidatableResponse surrender(String licenceId) {
        return as(business.token()).when().post(API + "/licences/" + licenceId + "/surrender").then();
    }

    private ValidatableResponse timeline(String id) {
        return as(business.token()).when().get(API + "/applications/" + id + "/timeline").then().statusCode(200);
    }

    /** Premises of the test's own (so that no other test's notices count against it). */
    private static Map<String, Object> premisesOfItsOwn() {
        return Map.of("name", "Event " + UUID.randomUUID(), "addressLine1",
                UUID.randomUUID().toString().substring(0, 8) + " Digbeth High Street", "town", "Birmingham",
                "postcode", "B5 6DY");
    }

    /** A notice for 120 people at premises of its own. */
    private static String draft(Business business, String start, String end) {
        return draft(business, premisesOfItsOwn(), start, end);
    }

    private static String draft(Business business, Map<String, Object> premises, String start, String end) {
        return Licensing.draft(business, TYPE, premises, Map.of("eventStart", london(start).toString(),
                "eventEnd", london(end).toString(), "expectedAttendance", 120,
                "licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT")));
    }

    private static String given(Business business, String start, String end) {
        return given(business, premisesOfItsOwn(), start, end);
    }

    private static String given(Business business, Map<String, Object> premises, String start, String end) {
        String id = draft(business, premises, start, end);
        Licensing.pay(business, id);
        Licensing.submit(business, id);
        return id;
    }

    private ValidatableResponse notice(String id) {
        return as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200);
    }

    private static ValidatableResponse decide(String id, String outcome) {
        return as(Licensing.officer()).contentType(ContentType.JSON)
                .header("If-Match", Licensing.etag(Licensing.officer(), id))
                .body(Map.of("outcome", outcome, "reasons", "The music would undermine public nuisance prevention."))
                .when().post(API + "/applications/" + id + "/decision").then();
    }

    private static ValidatableResponse hearing(String id, String date) {
        return as(Licensing.officer()).contentType(ContentType.JSON)
                .body(Map.of("date", date, "time", "10:00", "place", "Council House, Committee Room 2"))
                .when().post(API + "/applications/" + id + "/hearing").then();
    }

    private static ValidatableResponse objectAs(String role, String id, String reasons) {
        return objection(Licensing.authority(role), id, reasons);
    }

    private static ValidatableResponse objection(String token, String id, String reasons) {
        return as(token).contentType(ContentType.JSON).body(Map.of("reasons", reasons))
                .when().post(API + "/applications/" + id + "/objections").then();
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
    }
}

package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.platform.testing.SampleFiles;
import onestop.platform.time.WorkingDayCalendar;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;

/** A tacit-consent type left undecided past its target is granted by the service, once, and says so. */
@LicensingTest
class TacitConsentTest {

    @Inject
    TestClock clock;

    @Inject
    TacitConsentJob job;

    @Inject
    WorkingDayCalendar calendar;

    private final Business business = Business.create();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void grantedExactlyWhenTheTargetPeriodEndsAndOnlyOnce() {
        String id = Licensing.submittedStreetWorks(business, "Tacit works");
        LocalDate due = LocalDate.parse(as(business.token()).when().get(API + "/applications/" + id)
                .then().extract().path("dueDate"));

        clock.set(due.atTime(LocalTime.of(23, 59)).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        job.run();
        status(id, "SUBMITTED");

        clock.set(due.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        assertThat(job.run()).isGreaterThanOrEqualTo(1);
        as(business.token()).when().get(API + "/applications/" + id)
                .then().body("status", is("GRANTED")).body("grantedByTacitConsent", is(true))
                .body("issuedLicenceId", notNullValue());
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("find { it.to == 'GRANTED' }.actorRole", is("system"))
                .body("find { it.to == 'GRANTED' }.message", containsString("tacit consent"));

        job.run();
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("findAll { it.to == 'GRANTED' }.size()", is(1));
        as(business.token()).when().get(API + "/licences").then().body("total", is(1));
    }

    @Test
    void twoReplicasRunningTheJobAtOnceGrantEachApplicationOnce() throws Exception {
        List<String> ids = List.of(Licensing.submittedStreetWorks(business, "Replica works 1"),
                Licensing.submittedStreetWorks(business, "Replica works 2"),
                Licensing.submittedStreetWorks(business, "Replica works 3"));
        LocalDate due = LocalDate.parse(as(business.token()).when().get(API + "/applications/" + ids.get(2))
                .then().extract().path("dueDate"));
        clock.set(due.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());

        ExecutorService replicas = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> runs = replicas.invokeAll(List.of(job::run, job::run));
            for (Future<Integer> run : runs) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }

        for (String id : ids) {
            as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                    .then().body("findAll { it.to == 'GRANTED' }.size()", is(1));
        }
        as(business.token()).when().get(API + "/licences").then().body("total", is(3));
    }

    @Test
    void theClockPausesWhileInformationIsAwaited() {
        String id = Licensing.submittedStreetWorks(business, "Paused works");
        String application = API + "/applications/" + id;
        LocalDate due = LocalDate.parse(as(business.token()).when().get(application).then().extract().path("dueDate"));
        as(Licensing.officer()).contentType(ContentType.JSON).body(Map.of("message", "Which lane is closed?"))
                .when().post(application + "/request-information").then().statusCode(200);

        clock.set(due.plusDays(10).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        job.run();
        status(id, "INFORMATION_REQUESTED");

        LocalDate resumed = due.plusDays(10);
        as(business.token()).when().post(application + "/resubmit").then().statusCode(200)
                .body("status", is("SUBMITTED"));
        LocalDate paused = LocalDate.now(clock.withZone(WorkingDayCalendar.COUNCIL_ZONE));
        assertThat(paused).isEqualTo(resumed);
        LocalDate newDue = LocalDate.parse(as(business.token()).when().get(application).then().extract()
                .path("dueDate"));
        assertThat(newDue).isAfter(resumed);
        job.run();
        status(id, "SUBMITTED");
    }

    @Test
    void neverForAnExemptType() {
        String id = Licensing.draft(business, "TEMPORARY_EVENT_NOTICE", Licensing.premises("Exempt event"),
                Map.of("eventStart", "2027-06-05T18:00:00Z", "eventEnd", "2027-06-05T23:00:00Z",
                        "expectedAttendance", 250, "licensableActivities", List.of("SALE_OF_ALCOHOL")));
        Licensing.pay(business, id);
        Licensing.submit(business, id);

        clock.set(calendar.addWorkingDays(LocalDate.now(), 100).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE)
                .toInstant());
        job.run();
        // a notice waits for the police and environmental health (NoticeAcknowledgementJob), never tacit consent
        status(id, "IN_CONSULTATION");
        as(Licensing.officer()).queryParam("overdue", true).queryParam("licenceTypeCode", "TEMPORARY_EVENT_NOTICE")
                .when().get(API + "/applications").then().body("items.id", hasItem(id));
    }

    @Test
    void neverWhileTheConsultationRunsNorWithRepresentationsMade() {
        String quiet = submittedWayleave("Quiet wayleave");
        String objected = submittedWayleave("Objected wayleave");
        LocalDate due = LocalDate.parse(as(business.token()).when().get(API + "/applications/" + objected)
                .then().extract().path("dueDate"));
        // validated two days before the target period ends: the 10 working days of consultation
        // run well past it
        clock.set(at(due.minusDays(2)));
        for (String id : List.of(quiet, objected)) {
            as(Licensing.officer()).when().post(API + "/applications/" + id + "/validate").then().statusCode(200)
                    .body("status", is("IN_CONSULTATION"));
        }
        as(Licensing.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", "West Midlands Police", "category", "RESPONSIBLE_AUTHORITY",
                        "grounds", "Crime and disorder"))
                .when().post(API + "/applications/" + objected + "/representations").then().statusCode(201);
        String consultationEnds = as(business.token()).when().get(API + "/applications/" + quiet).then()
                .extract().path("consultationEndsAt");
        LocalDate lastDay = java.time.Instant.parse(consultationEnds).atZone(WorkingDayCalendar.COUNCIL_ZONE)
                .toLocalDate().minusDays(1);
        assertThat(lastDay).isAfter(due);

        // the target period has ended, the consultation has not
        clock.set(at(due.plusDays(1)));
        job.run();
        status(quiet, "IN_CONSULTATION");
        status(objected, "IN_CONSULTATION");
        clock.set(lastDay.atTime(LocalTime.of(23, 59)).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        job.run();
        status(quiet, "IN_CONSULTATION");

        // the consultation has ended: the quiet one is granted, the one with a representation waits for a decision
        clock.set(at(lastDay.plusDays(1)));
        job.run();
        status(quiet, "GRANTED");
        status(objected, "IN_CONSULTATION");
    }

    private String submittedWayleave(String name) {
        String id = Licensing.draft(business, "TELECOMS_WAYLEAVE", Licensing.premises(name),
                Map.of("assetType", "STREET_FURNITURE", "equipment", "A 5G small cell on a lamp post"));
        Licensing.upload(business, id, "EQUIPMENT_SPECIFICATION", SampleFiles.pdf(), "spec.pdf");
        Licensing.upload(business, id, "STRUCTURAL_SURVEY", SampleFiles.pdf(), "survey.pdf");
        Licensing.pay(business, id);
        Licensing.submit(business, id);
        return id;
    }

    private static java.time.Instant at(LocalDate day) {
        return day.atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
    }

    private void status(String id, String expected) {
        as(business.token()).when().get(API + "/applications/" + id).then().statusCode(200)
                .body("status", is(expected));
    }
}

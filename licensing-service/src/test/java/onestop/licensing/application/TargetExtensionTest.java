package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static onestop.licensing.support.Licensing.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.testing.TopicReader;
import onestop.platform.time.WorkingDayCalendar;

/** The one-off extension of the target period: once, with reasons, before it ends, and the applicant is told. */
@LicensingTest
class TargetExtensionTest {

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
    void onceWithReasonsAndTheApplicantIsTold() throws Exception {
        String id = Licensing.submittedStreetWorks(business, "Extended works");
        String application = API + "/applications/" + id;
        LocalDate due = LocalDate.parse(as(business.token()).when().get(application).then().extract().path("dueDate"));
        LocalDate extended = calendar.addWorkingDays(due, 5);

        as(officer()).contentType(ContentType.JSON)
                .body(Map.of("workingDays", 5, "reasons", "The highway authority must survey the junction"))
                .when().post(application + "/target-extension")
                .then().statusCode(200).header("ETag", notNullValue())
                .body("dueDate", is(extended.toString()))
                .body("targetExtendedAt", notNullValue())
                .body("targetExtensionReasons", is("The highway authority must survey the junction"));
        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            List<ConsumerRecord<String, String>> records = topic.await(1, r -> id.equals(r.key())
                    && "onestop.licensing.application.target-extended".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            assertThat(records.get(0).value()).contains(extended.toString()).contains("survey the junction");
        }
        as(business.token()).when().get(application + "/timeline").then()
                .body("message", hasItem(containsString("Target period extended by 5 working days")));

        // a second extension is refused
        as(officer()).contentType(ContentType.JSON).body(Map.of("workingDays", 2, "reasons", "Again"))
                .when().post(application + "/target-extension")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("only once"));

        // tacit consent waits for the extended date
        clock.set(due.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        job.run();
        as(business.token()).when().get(application).then().body("status", is("SUBMITTED"));
    }

    @Test
    void notOnceThePeriodHasEndedNorByTheApplicantNorWithoutReasons() {
        String id = Licensing.submittedStreetWorks(business, "Late extension works");
        String application = API + "/applications/" + id;
        LocalDate due = LocalDate.parse(as(business.token()).when().get(application).then().extract().path("dueDate"));

        as(officer()).contentType(ContentType.JSON).body(Map.of("workingDays", 5))
                .when().post(application + "/target-extension")
                .then().statusCode(400).body("errors.field", hasItem(containsString("reasons")));
        as(business.token()).contentType(ContentType.JSON).body(Map.of("workingDays", 5, "reasons", "Please"))
                .when().post(application + "/target-extension").then().statusCode(403);

        clock.set(due.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        as(officer()).contentType(ContentType.JSON).body(Map.of("workingDays", 5, "reasons", "Too late"))
                .when().post(application + "/target-extension")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("before it ends"));
    }
}

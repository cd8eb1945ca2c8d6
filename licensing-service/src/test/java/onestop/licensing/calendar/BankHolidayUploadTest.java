package onestop.licensing.calendar;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.testing.TestTokens;
import onestop.platform.time.WorkingDayCalendar;

/**
 * An administrator's GOV.UK bank holiday file: it replaces the shipped one for every working-day count, a bad
 * one changes nothing, and readiness warns when the calendar's coverage ends within six months.
 */
@LicensingTest
class BankHolidayUploadTest {

    private static final String BANK_HOLIDAYS = API + "/admin/bank-holidays";
    /** A Monday, with no bank holiday in the next three weeks in the shipped file. */
    private static final LocalDate MONDAY = LocalDate.of(2027, 6, 7);

    @Inject
    TestClock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    BankHolidayCalendar holidays;

    @Inject
    @Readiness
    CalendarCoverageHealth health;

    @Inject
    MeterRegistry metrics;

    @AfterEach
    void backToTheShippedFile() {
        QuarkusTransaction.requiringNew().run(() -> BankHolidayUpload.deleteAll());
        holidays.forget();
        clock.reset();
    }

    @Test
    void anUploadReplacesTheDaysAndShiftsAStatutoryDeadline() throws IOException {
        clock.set(MONDAY.atTime(LocalTime.of(9, 0)).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        as(TestTokens.admin()).when().get(BANK_HOLIDAYS).then().statusCode(200)
                .body("source", is("shipped")).body("coverageEndsOn", is("2028-12-31"))
                .body("englandAndWales", hasItem("2027-05-31")).body("warning", nullValue());
        Business business = Business.create();
        String before = Licensing.submittedStreetWorks(business, "Before the proclamation");
        LocalDate dueBefore = dueDate(business, before);

        // the Spring bank holiday moved by a proclamation after the shipped file, to the day after today
        String proclaimed = shipped().replace("\"date\": \"2027-05-31\"", "\"date\": \"2027-06-08\"");
        as(TestTokens.admin()).contentType(ContentType.JSON).body(proclaimed)
                .when().put(BANK_HOLIDAYS)
                .then().statusCode(200).body("source", is("upload")).body("uploadedAt", notNullValue())
                .body("englandAndWales", hasItem("2027-06-08")).body("englandAndWales", not(hasItem("2027-05-31")));
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 6, 8))).isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.of(2027, 5, 31))).isFalse();

        String after = Licensing.submittedStreetWorks(business, "After the proclamation");
        assertThat(dueDate(business, after)).isEqualTo(calendar.addWorkingDays(dueBefore, 1));
    }

    @Test
    void aBadFileIsRefusedNamingTheFieldAndChangesNothing() throws IOException {
        as(TestTokens.admin()).contentType(ContentType.JSON).body(shipped()).when().put(BANK_HOLIDAYS)
                .then().statusCode(200);
        String uploadedAt = as(TestTokens.admin()).when().get(BANK_HOLIDAYS).then().extract().path("uploadedAt");

        as(TestTokens.admin()).contentType(ContentType.JSON).body("{\"england-and-wales\": {\"events\": [")
                .when().put(BANK_HOLIDAYS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("body"));
        as(TestTokens.admin()).contentType(ContentType.JSON)
                .body("{\"england-and-wales\": {\"division\": \"england-and-wales\", \"events\": ["
                        + "{\"title\": \"New Year’s Day\", \"date\": \"2029-01-01\", \"notes\": \"\", \"bunting\": true},"
                        + "{\"title\": \"Good Friday\", \"date\": \"2029-02-30\", \"notes\": \"\", \"bunting\": false}]}}")
                .when().put(BANK_HOLIDAYS)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("england-and-wales.events[1].date"))
                .body("errors.code", hasItem("not-a-date"));
        as(TestTokens.admin()).contentType(ContentType.JSON).body("{\"scotland\": {\"events\": []}}")
                .when().put(BANK_HOLIDAYS)
                .then().statusCode(400).body("errors.field", hasItem("england-and-wales"));

        as(TestTokens.admin()).when().get(BANK_HOLIDAYS).then()
                .body("uploadedAt", is(uploadedAt)).body("coverageEndsOn", is("2028-12-31"));
        assertThat(calendar.isBankHoliday(LocalDate.of(2029, 1, 1))).isTrue(); // by the rules, not the bad file
        assertThat(calendar.isBankHoliday(LocalDate.of(2029, 1, 2))).isFalse();
    }

    @Test
    void onlyAnAdministratorSeesOrUploadsTheCalendar() throws IOException {
        as(Licensing.officer()).when().get(BANK_HOLIDAYS).then().statusCode(403);
        as(Licensing.officer()).contentType(ContentType.JSON).body(shipped()).when().put(BANK_HOLIDAYS)
                .then().statusCode(403);
        io.restassured.RestAssured.given().contentType(ContentType.JSON).body(shipped()).when().put(BANK_HOLIDAYS)
                .then().statusCode(401);
    }

    @Test
    void readinessWarnsWhenCoverageEndsWithinSixMonths() {
        clock.set(LocalDate.of(2028, 6, 29).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        assertThat(health.call().getData().orElseThrow()).containsEntry("coverageEndsOn", "2028-12-31")
                .doesNotContainKey("warning");

        clock.set(LocalDate.of(2028, 7, 1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant());
        HealthCheckResponse response = health.call();
        assertThat(response.getStatus()).isEqualTo(HealthCheckResponse.Status.UP);
        assertThat(response.getData().orElseThrow()).containsEntry("coverageEndsOn", "2028-12-31")
                .containsKey("warning");
        assertThat((String) response.getData().orElseThrow().get("warning")).contains("2028-12-31");
        as(TestTokens.admin()).when().get(BANK_HOLIDAYS).then().body("warning", notNullValue());
        assertThat(metrics.get("licensing.calendar.coverage.days").gauge().value()).isEqualTo(183.0);

        // beyond the coverage the count goes on by the statutory rules (Monday 1 January 2029 is New Year's Day),
        // and the metric counts that it did
        double beyond = metrics.get("licensing.calendar.beyond.coverage").counter().count();
        assertThat(calendar.addWorkingDays(LocalDate.of(2028, 12, 29), 1)).isEqualTo(LocalDate.of(2029, 1, 2));
        assertThat(metrics.get("licensing.calendar.beyond.coverage").counter().count()).isGreaterThan(beyond);
    }

    private static LocalDate dueDate(Business business, String id) {
        return LocalDate.parse(as(business.token()).when().get(API + "/applications/" + id).then().extract()
                .path("dueDate"));
    }

    private static String shipped() throws IOException {
        try (InputStream in = BankHolidayUploadTest.class.getClassLoader()
                .getResourceAsStream(BankHolidayCalendar.SHIPPED)) {
            String file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(file).contains("\"date\": \"2027-05-31\"");
            return file;
        }
    }
}

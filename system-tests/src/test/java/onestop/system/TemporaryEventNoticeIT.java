package onestop.system;

import static onestop.system.Api.LICENSING;
import static onestop.system.Api.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * Temporary event notices through the gateway, as the premises user and the police (the seeded
 * police@onestop.local) give and object to them: a late notice with a police objection ends in a counter notice;
 * a notice over the person's annual limit is refused naming the rule.
 */
class TemporaryEventNoticeIT {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aLateNoticeWithAPoliceObjectionEndsInACounterNotice() {
        Api.Business organiser = Api.registerBusiness("Digbeth Street Party CIC");
        // 8 weekdays between today and the event day, neither counted: 5 to 8 working days whatever bank holidays
        // fall between (at most 3 in any fortnight), so a late notice
        String id = give(organiser, weekdaysAfter(today(), 9)).statusCode(200)
                .body("status", is("IN_CONSULTATION")).body("temporaryEvent.late", is(true)).extract().path("id");

        String police = Api.staffToken(system, "police");
        as(police).when().get(LICENSING + "/temporary-event-notices").then().statusCode(200)
                .body("applicationId", hasItem(id));
        as(police).contentType(ContentType.JSON).body(Map.of("reasons", "Disorder at the organiser's last event."))
                .when().post(LICENSING + "/applications/" + id + "/objections").then().statusCode(201);

        as(organiser.token()).when().get(LICENSING + "/applications/" + id).then().statusCode(200)
                .body("status", is("REFUSED")).body("temporaryEvent.counterNotice", is(true))
                .body("reasons", containsString("Counter notice"))
                .body("temporaryEvent.objections[0].reasons", is("Disorder at the organiser's last event."));
        as(organiser.token()).contentType(ContentType.JSON).body(Map.of("reasons", "I object."))
                .when().post(LICENSING + "/applications/" + id + "/objections").then().statusCode(403);
    }

    @Test
    void aNoticeOverThePersonsAnnualLimitIsRefusedNamingTheRule() {
        Api.Business organiser = Api.registerBusiness("Moseley Folk Nights Ltd");
        LocalDate day = weekdaysAfter(today(), 25);
        for (int i = 0; i < 5; i++) {
            give(organiser, day).statusCode(200);
        }
        give(organiser, day).statusCode(422).body("detail", containsString("s.107(3)"))
                .body("errors.code", hasItem("ten-limit-person-notices"));
    }

    /** A notice for an evening on {@code day} at premises of its own, submitted: the answer to the submission. */
    private static ValidatableResponse give(Api.Business organiser, LocalDate day) {
        String start = day.atTime(LocalTime.of(18, 0)).atZone(LONDON).toInstant().toString();
        String end = day.atTime(LocalTime.of(23, 0)).atZone(LONDON).toInstant().toString();
        String id = as(organiser.token()).contentType(ContentType.JSON).body(Map.of(
                "licenceTypeCode", "TEMPORARY_EVENT_NOTICE", "kind", "NEW",
                "premises", Map.of("name", "Community hall", "addressLine1",
                        UUID.randomUUID().toString().substring(0, 8) + " Alcester Road", "town", "Birmingham",
                        "postcode", "B13 8JP"),
                "details", Map.of("eventStart", start, "eventEnd", end, "expectedAttendance", 150,
                        "licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"))))
                .when().post(LICENSING + "/applications").then().statusCode(201).extract().path("id");
        PayStandIn.payFee(organiser.token(), id);
        return as(organiser.token()).when().post(LICENSING + "/applications/" + id + "/submit").then();
    }

    private static LocalDate today() {
        return LocalDate.now(LONDON);
    }

    private static LocalDate weekdaysAfter(LocalDate start, int weekdays) {
        LocalDate day = start;
        for (int left = weekdays; left > 0;) {
            day = day.plusDays(1);
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return day;
    }
}

package onestop.system;

import static io.restassured.RestAssured.given;
import static onestop.system.Api.LICENSING;
import static onestop.system.Api.OPPORTUNITIES;
import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;

/**
 * Issue 19's calendars through the running system: the feed a person subscribes to (no credential but its
 * address) is valid iCalendar (ical4j's validator), holds their deadlines from both services, follows a date the
 * buyer moves, shows nobody else's dates, and its old address answers 404 once reset.
 */
class CalendarFeedIT {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);
    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aRespondentsFeedFollowsTheClosingTimeTheBuyerMovesAndResetEndsTheOldAddress() throws Exception {
        Api.Business supplier = Api.registerBusiness("Selly Oak Cleaning Ltd");
        Api.Business stranger = Api.registerBusiness("Kings Heath Plumbing Ltd");
        String buyer = Api.staffToken(system, "buyer");
        as(supplier.token()).contentType(ContentType.JSON).body(Map.of("name", "Selly Oak Cleaning Ltd",
                "size", "SMALL", "vcse", false, "postcode", "B29 6AA", "charterSignatory", true))
                .when().put(OPPORTUNITIES + "/suppliers/me").then().statusCode(200);
        Instant closing = Instant.now().plus(12, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String notice = as(buyer).contentType(ContentType.JSON).body(Map.of(
                "title", "Window cleaning, libraries; and museums", "description",
                "Quarterly window cleaning at twelve sites.", "type", "QUOTE", "cpvCodes", List.of("90500000-2"),
                "valueMaxPence", 1_500_000, "closingAt", closing.toString()))
                .when().post(OPPORTUNITIES + "/opportunities").then().statusCode(201).extract().path("id");
        String reference = as(buyer).when().post(OPPORTUNITIES + "/opportunities/" + notice + "/publish")
                .then().statusCode(200).extract().path("reference");
        as(supplier.token()).contentType(ContentType.JSON)
                .body(Map.of("summary", "Rope access team, all sites in one week.", "pricePence", 1_200_000))
                .when().post(OPPORTUNITIES + "/opportunities/" + notice + "/responses").then().statusCode(201);
        String url = feedUrl(supplier.token());
        String summary = "Closes: " + reference + " Window cleaning, libraries; and museums";

        Awaitility.await("the closing time in the supplier's feed").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(event(url, summary)).map(e -> value(e, "DTSTART"))
                        .contains(UTC.format(closing)));

        Instant later = closing.plus(7, ChronoUnit.DAYS);
        as(buyer).contentType(ContentType.JSON).body(Map.of("closingAt", later.toString()))
                .when().patch(OPPORTUNITIES + "/opportunities/" + notice).then().statusCode(200);

        Awaitility.await("the moved closing time in the supplier's feed").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(event(url, summary)).map(e -> value(e, "DTSTART"))
                        .contains(UTC.format(later)));
        assertThat(events(feedUrl(stranger.token()))).isEmpty();

        String fresh = as(supplier.token()).when().post("/api/me/calendar/reset").then().statusCode(200)
                .extract().path("url");
        given().when().get(path(url)).then().statusCode(404).contentType("application/problem+json");
        assertThat(event(fresh, summary)).isPresent();
    }

    @Test
    void anApplicationsConsultationEndIsTheApplicantsAndItsDueDateTheOfficersQueue() throws Exception {
        Api.Business owner = Api.registerBusiness("Jewellery Quarter Bar Ltd");
        String id = Api.submitApplication(owner, "PREMISES_LICENCE", "B18 6HA", Map.of(
                "licensableActivities", List.of("SALE_OF_ALCOHOL"),
                "openingHours", List.of(Map.of("day", "SATURDAY", "opens", "12:00", "closes", "23:00")),
                "designatedPremisesSupervisor", "Amrit Kaur"),
                List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT"));
        String officer = Api.staffToken(system, "officer");
        String etag = as(officer).when().get(LICENSING + "/applications/" + id).then().statusCode(200)
                .extract().header("ETag");
        var validated = as(officer).header("If-Match", etag).when()
                .post(LICENSING + "/applications/" + id + "/validate").then().statusCode(200).extract();
        String reference = validated.path("reference");

        String ownerUrl = feedUrl(owner.token());
        String officerUrl = feedUrl(officer);
        Awaitility.await("the consultation end in the applicant's feed").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(event(ownerUrl, "Consultation ends: " + reference)).isPresent());
        Awaitility.await("the decision due date in the officers' feed").atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(event(officerUrl, "Decision due: " + reference + " (premises licence)"))
                        .map(e -> value(e, "DTSTART")).contains(((String) validated.path("dueDate")).replace("-", "")));
        assertThat(events(ownerUrl)).extracting(e -> value(e, "SUMMARY"))
                .noneMatch(text -> text.startsWith("Decision due"));
    }

    @Test
    void theAccountPageShowsTheAddressAndItsResetFormGivesANewOne() {
        Api.Business owner = Api.registerBusiness("Stirchley Books Ltd");
        String csrf = given().when().get("/sign-in").then().statusCode(200).extract().cookie("onestop_csrf");
        String session = given().redirects().follow(false).cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("email", owner.email()).formParam("password", Api.PASSWORD).when().post("/sign-in")
                .then().statusCode(303).extract().cookie("onestop_session");
        String old = feedUrl(owner.token());

        String page = given().cookie("onestop_session", session).when().get("/account").then().statusCode(200)
                .extract().asString();
        assertThat(page).contains("<h2 class=\"govuk-heading-m\" id=\"calendar\">Add your deadlines to your calendar</h2>")
                .contains("id=\"calendar-url\" name=\"calendarUrl\" type=\"text\" value=\"" + old + "\"")
                .contains("<form method=\"post\" action=\"/account/calendar/reset\">");
        String formCsrf = given().cookie("onestop_session", session).when().get("/account").then()
                .extract().htmlPath().getString("**.find { it.@action == '/account/calendar/reset' }"
                        + ".input.find { it.@name == 'csrf' }.@value");

        // without the form's token nothing changes
        given().redirects().follow(false).cookie("onestop_session", session).formParam("csrf", "forged")
                .when().post("/account/calendar/reset").then().statusCode(403);
        assertThat(feedUrl(owner.token())).isEqualTo(old);

        given().redirects().follow(false).cookie("onestop_session", session).formParam("csrf", formCsrf)
                .when().post("/account/calendar/reset").then().statusCode(303)
                .header("Location", org.hamcrest.Matchers.containsString("/account?calendar=reset"));
        String fresh = feedUrl(owner.token());
        assertThat(fresh).isNotEqualTo(old);
        assertThat(given().cookie("onestop_session", session).when().get("/account?calendar=reset").then()
                .statusCode(200).extract().asString())
                .contains("Your calendar address has been reset. The old address no longer works")
                .contains("value=\"" + fresh + "\"");
        given().when().get(path(old)).then().statusCode(404);
        given().when().get(path(fresh)).then().statusCode(200).contentType("text/calendar");
    }

    private static String feedUrl(String token) {
        return as(token).when().get("/api/me/calendar").then().statusCode(200).extract().path("url");
    }

    private static String path(String url) {
        return URI.create(url).getPath();
    }

    /** The feed as a calendar application reads it, with no credential, checked by ical4j's validator. */
    private static List<VEvent> events(String url) throws Exception {
        String ics = given().when().get(path(url)).then().statusCode(200).contentType("text/calendar")
                .extract().asString();
        assertThat(ics).contains("\r\n").doesNotContain("\n\n");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        assertThat(calendar.validate().hasErrors()).as(ics).isFalse();
        return calendar.getComponents(Component.VEVENT);
    }

    private static Optional<VEvent> event(String url, String summary) throws Exception {
        return events(url).stream().filter(e -> summary.equals(value(e, "SUMMARY"))).findFirst();
    }

    private static String value(VEvent event, String property) {
        return event.getProperty(property).orElseThrow().getValue();
    }
}

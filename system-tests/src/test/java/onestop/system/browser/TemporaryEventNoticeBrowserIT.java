package onestop.system.browser;

import static onestop.system.Api.LICENSING;
import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.restassured.http.ContentType;
import onestop.system.Api;
import onestop.system.PayStandIn;
import onestop.system.RunningSystem;

/**
 * Temporary event notices in a real browser, with JavaScript on and off, axe-core checking every page: a premises
 * user gives a late notice on the portal's apply form, the police (the seeded police@onestop.local) object on
 * their page, and the premises user sees the counter notice; a notice over the person's annual limit is refused
 * on the check-your-answers page, naming the section of the Act; an acknowledged notice is withdrawn from its page.
 */
class TemporaryEventNoticeBrowserIT extends BrowserJourneys {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String TYPE = "Temporary event notice";
    private static final String POLICE = "police@onestop.local";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aLateNoticeWithAPoliceObjectionEndsInACounterNotice(boolean javaScript) {
        Api.Business organiser = Api.registerBusiness("Digbeth Street Party CIC");
        PortalBrowser.Visitor business = browser.visitor(javaScript);
        business.signIn(organiser.email(), Api.PASSWORD).sees("Dashboard");
        // 8 weekdays between today and the event day, neither counted: 5 to 8 working days whatever bank holidays
        // fall between (at most 3 in any fortnight), so a late notice
        String reference = giveNotice(business, weekdaysAfter(LocalDate.now(LONDON), 9), "ten-late")
                .press("Submit application").sees("Application submitted").screenshot("ten-submitted")
                .page().locator(".govuk-panel__body strong").innerText().trim();

        PortalBrowser.Visitor police = browser.visitor(javaScript);
        police.signIn(POLICE, system.staffPassword("police")).sees("Dashboard")
                .follow("Temporary event notices open to objection").sees("Temporary event notices open to objection")
                .screenshot("ten-open-to-objection")
                .follow(reference).sees("Object to temporary event notice " + reference);
        assertThat(police.text()).contains("This is a late notice");
        police.press("Object").sees("Error: Object to temporary event notice " + reference);
        assertThat(police.text()).contains("Enter the reasons for objecting");
        police.fill("Reasons for objecting", "Disorder at the organiser's last event.")
                .screenshot("ten-objection")
                .press("Object").sees("Temporary event notices open to objection");
        assertThat(police.text()).contains("Your objection has been sent");

        business.follow("Dashboard").sees("Dashboard")
                .follow("all your applications").sees("Your applications")
                .follow(reference).sees(TYPE + " application " + reference).screenshot("ten-counter-notice");
        assertThat(business.text()).contains("A counter notice has been given")
                .contains("Late (5 to 9 working days before the event)")
                .contains("Disorder at the organiser's last event.");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aNoticeOverThePersonsAnnualLimitIsRefusedNamingTheRule(boolean javaScript) {
        Api.Business organiser = Api.registerBusiness("Moseley Folk Nights Ltd");
        LocalDate day = weekdaysAfter(LocalDate.now(LONDON), 25);
        // the five notices a year of a person without a personal licence (s.107(3)), given through the API
        for (int i = 0; i < 5; i++) {
            giveByApi(organiser, day);
        }
        PortalBrowser.Visitor business = browser.visitor(javaScript);
        business.signIn(organiser.email(), Api.PASSWORD).sees("Dashboard");
        giveNotice(business, day, "ten-over-limit")
                .press("Submit application").sees("Error: Check your answers before submitting your application")
                .screenshot("ten-over-limit");
        assertThat(business.text()).contains("s.107(3): you have already given 5 temporary event notices")
                .contains("the limit is 5 a year");
    }

    /**
     * The police object to a standard notice: the officer arranges the hearing on the objection's page (inside its 7
     * working days, the police emailed), decides on the outcome page after it, and the premises user reads the
     * counter notice. On a fixed fortnight of 2027 clear of bank holidays, the licensing service's clock moved.
     */
    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anObjectionToAStandardNoticeIsHeardAndDecidedOnTheOfficersPages(boolean javaScript) {
        Api.Business organiser = Api.registerBusiness("Moseley Street Fair CIC");
        try {
            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-03-01T10:00:00Z"));
            String id = giveByApi(organiser, LocalDate.of(2027, 3, 27));
            as(Api.staffToken(system, "police")).contentType(ContentType.JSON)
                    .body(Map.of("reasons", "Disorder at the fair last year.")).when()
                    .post(LICENSING + "/applications/" + id + "/objections").then().statusCode(201);
            String reference = as(organiser.token()).when().get(LICENSING + "/applications/" + id).then()
                    .statusCode(200).extract().path("reference");

            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-03-05T09:00:00Z"));
            PortalBrowser.Visitor officer = browser.visitor(javaScript);
            officer.signIn("officer@onestop.local", system.staffPassword("officer")).sees("Dashboard")
                    .open("/officer/applications/" + id).sees("Application " + reference)
                    .follow("Representations and hearing").sees("Representations and hearing");
            assertThat(officer.text()).contains("An objection to this temporary event notice stands")
                    .doesNotContain("No representations were made");
            officer.fill("Day", "10").fill("Month", "3").fill("Year", "2027")
                    .fill("Time it starts", "10:00").fill("Place", "Council House, Committee Room 1")
                    .screenshot("officer-ten-hearing")
                    .press("Arrange and give notice").sees("Representations and hearing");
            assertThat(officer.text()).contains("10 March 2027 at 10:00am").contains("5 March 2027 to 15 March 2027");
            mailed(POLICE, "Hearing on licence application " + reference, "You objected to this temporary event notice");

            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-03-10T11:00:00Z"));
            officer.open("/officer/applications/" + id + "/hearing").sees("Representations and hearing")
                    .follow("Record the decision").sees("Decision on " + reference)
                    .check("Refuse")
                    .fill("Reasons", "A fair on this street would undermine the prevention of crime and disorder.")
                    .press("Record the decision").sees("Application " + reference);
            mailed(POLICE, "Decision on licence application " + reference, "prevention of crime and disorder");

            PortalBrowser.Visitor business = browser.visitor(javaScript);
            business.signIn(organiser.email(), Api.PASSWORD).sees("Dashboard")
                    .open("/applications/" + id).sees(TYPE + " application " + reference);
            assertThat(business.text()).contains("A counter notice has been given")
                    .contains("Disorder at the fair last year.");
        } finally {
            system.moveClock(RunningSystem.LICENSING, null);
        }
    }

    /**
     * An acknowledged notice's page offers no renewal or variation, only a new notice, and withdraws it: more than
     * 24 hours before the event, the page says it will no longer count towards the annual limits (s.103).
     */
    @Test
    void anAcknowledgedNoticeIsWithdrawnFromItsPageAndNeverRenewed() {
        LocalDate today = LocalDate.now(LONDON);
        LocalDate day = weekdaysAfter(today, 20);
        Map<Boolean, Api.Business> organisers = new LinkedHashMap<>();
        Map<Boolean, String> notices = new LinkedHashMap<>();
        for (boolean javaScript : List.of(true, false)) {
            Api.Business organiser = Api.registerBusiness("Kings Heath Jazz " + javaScript);
            organisers.put(javaScript, organiser);
            notices.put(javaScript, giveByApi(organiser, day));
        }
        // nobody objects within the 3 working days, so the next run of the job after them acknowledges both notices
        system.moveClock(RunningSystem.LICENSING, weekdaysAfter(today, 5).atTime(9, 0).atZone(LONDON).toInstant());
        try {
            Awaitility.await("both notices acknowledged").atMost(Duration.ofSeconds(150))
                    .pollInterval(Duration.ofSeconds(2)).until(() -> notices.keySet().stream().allMatch(js ->
                            "GRANTED".equals(status(organisers.get(js), notices.get(js)))));
        } finally {
            system.moveClock(RunningSystem.LICENSING, null);
        }

        for (boolean javaScript : List.of(true, false)) {
            Api.Business organiser = organisers.get(javaScript);
            String licenceId = as(organiser.token()).when().get(LICENSING + "/applications/" + notices.get(javaScript))
                    .then().statusCode(200).extract().path("issuedLicenceId");
            PortalBrowser.Visitor business = browser.visitor(javaScript);
            business.signIn(organiser.email(), Api.PASSWORD).sees("Dashboard");
            business.open("/licences/" + licenceId).sees("Licence ").screenshot("ten-acknowledged");
            assertThat(business.text()).contains(TYPE).contains("This notice covers its event only")
                    .doesNotContain("Renew this licence").doesNotContain("Apply to vary this licence");
            business.follow("Withdraw this notice").sees("Are you sure you want to withdraw temporary event notice")
                    .screenshot("ten-withdraw");
            assertThat(business.text()).contains("no longer counts towards the limits");
            business.press("Withdraw notice").sees("Licence ");
            assertThat(business.text()).contains("Surrendered").doesNotContain("Withdraw this notice");
            as(organiser.token()).when().get(LICENSING + "/applications/" + notices.get(javaScript) + "/timeline")
                    .then().statusCode(200).body("message", hasItem(containsString("Notice withdrawn")));
        }
    }

    private static String status(Api.Business organiser, String id) {
        return as(organiser.token()).when().get(LICENSING + "/applications/" + id).then().statusCode(200)
                .extract().path("status");
    }

    /** The apply form for a notice of an evening on {@code day} at premises of its own, up to check your answers. */
    private static PortalBrowser.Visitor giveNotice(PortalBrowser.Visitor business, LocalDate day, String shots) {
        business.follow("Apply for a licence").sees("Apply for a licence")
                .check(TYPE)
                .press("Continue")
                .sees("Premises – " + TYPE)
                .fill("Premises name", "Community hall")
                .fill("Address line 1", UUID.randomUUID().toString().substring(0, 8) + " Alcester Road")
                .fill("Town or city", "Birmingham")
                .fill("Postcode", "B13 8JP")
                .press("Save and continue")
                .sees(TYPE + " application")
                .follow("Details").sees("Details – " + TYPE);
        dateTime(business, "details-eventStart", day, "18:00");
        dateTime(business, "details-eventEnd", day, "23:00");
        return business.fill("Maximum number of people at any one time", "150")
                .check("Sale of alcohol")
                .screenshot(shots + "-details")
                .press("Save and continue")
                .sees(TYPE + " application")
                .follow("Pay").sees("Pay the fee")
                .press("Pay £21")
                // on the GOV.UK Pay stand-in's page, then back to the application
                .fill("Card number", "4444 3333 2222 1111").fill("Month", "12").fill("Year", "30")
                .fill("Name on card", "Flora Bloom").fill("Card security code", "123")
                .press("Continue")
                .press("Confirm payment")
                .sees("Fee paid")
                .follow("Continue with your application").sees(TYPE + " application")
                .follow("Check your answers").sees("Check your answers before submitting your application");
    }

    private static void dateTime(PortalBrowser.Visitor business, String id, LocalDate day, String time) {
        business.fillField(id, String.valueOf(day.getDayOfMonth()))
                .fillField(id + "-month", String.valueOf(day.getMonthValue()))
                .fillField(id + "-year", String.valueOf(day.getYear()))
                .fillField(id + "-time", time);
    }

    private static String giveByApi(Api.Business organiser, LocalDate day) {
        String start = day.atTime(LocalTime.of(18, 0)).atZone(LONDON).toInstant().toString();
        String end = day.atTime(LocalTime.of(23, 0)).atZone(LONDON).toInstant().toString();
        String id = as(organiser.token()).contentType(ContentType.JSON).body(Map.of(
                "licenceTypeCode", "TEMPORARY_EVENT_NOTICE", "kind", "NEW",
                "premises", Map.of("name", "Community hall", "addressLine1",
                        UUID.randomUUID().toString().substring(0, 8) + " Alcester Road", "town", "Birmingham",
                        "postcode", "B13 8JP"),
                "details", Map.of("eventStart", start, "eventEnd", end, "expectedAttendance", 150,
                        "licensableActivities", List.of("SALE_OF_ALCOHOL"))))
                .when().post(LICENSING + "/applications").then().statusCode(201).extract().path("id");
        PayStandIn.payFee(organiser.token(), id);
        as(organiser.token()).when().post(LICENSING + "/applications/" + id + "/submit").then().statusCode(200);
        return id;
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

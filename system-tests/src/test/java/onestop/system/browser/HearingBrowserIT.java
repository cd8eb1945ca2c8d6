package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import onestop.system.Api;
import onestop.system.RunningSystem;

/**
 * Issue 14's hearing in a real browser, JavaScript on and off, axe-core on every page: a premises application;
 * the officer records the police's representation, finds it relevant, arranges a hearing inside the statutory
 * period and, after it, grants with modified conditions; the applicant sees the hearing, the decision, its
 * conditions and the last day to appeal; the public register shows the licence and its conditions. The licensing
 * service's clock is moved: validated on 1 June 2027, consultation over on 30 June, hearing on 14 July.
 */
class HearingBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aRelevantRepresentationIsHeardAndTheLicenceCarriesTheModifiedConditions(boolean javaScript) {
        Api.Business owner = Api.registerBusiness("Digbeth Taproom Ltd");
        String id = Api.submitApplication(owner, "PREMISES_LICENCE", "B5 6DR", Map.of(
                "licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"),
                "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "12:00", "closes", "23:30")),
                "designatedPremisesSupervisor", "Amrit Kaur"),
                List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT"));
        try {
            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-06-01T08:00:00Z"));
            PortalBrowser.Visitor officer = browser.visitor(javaScript);
            officer.signIn("officer@onestop.local", system.staffPassword("officer")).sees("Dashboard")
                    .open("/officer/applications/" + id).sees("Application ")
                    .press("Validate application").sees("Application ")
                    .fill("From", "West Midlands Police")
                    .check("A responsible authority")
                    .fill("Grounds", "Crime and disorder: late closing next to two other venues.")
                    .press("Record representation").sees("Application ");
            String reference = officer.page().locator("h1").innerText().replace("Application", "").trim();

            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-06-30T08:00:00Z"));
            officer.open("/officer/applications/" + id).sees("Application " + reference)
                    .follow("Representations and hearing").sees("Representations and hearing")
                    .check("Relevant")
                    .press("Save finding").sees("Representations and hearing")
                    // the day after the period's last day (27 July) is refused on the date
                    .fill("Day", "28").fill("Month", "7").fill("Year", "2027")
                    .fill("Time it starts", "10:00").fill("Place", "Council House, Committee Room 2")
                    .press("Arrange and give notice").sees("Error: Representations and hearing");
            assertThat(officer.text()).contains("The hearing date must be from 2027-06-30 to 2027-07-27");
            officer.fill("Day", "14").fill("Month", "7").fill("Year", "2027")
                    .fill("Time it starts", "10:00").fill("Place", "Council House, Committee Room 2")
                    .screenshot("officer-hearing")
                    .press("Arrange and give notice").sees("Representations and hearing");
            assertThat(officer.text()).contains("14 July 2027 at 10:00am").contains("Council House, Committee Room 2")
                    .contains("30 June 2027 to 27 July 2027");

            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-07-14T11:00:00Z"));
            officer.open("/officer/applications/" + id + "/hearing").sees("Representations and hearing")
                    .follow("Record the decision").sees("Decision on " + reference)
                    .check("Grant with modified conditions")
                    .fill("Conditions", "Last entry 23:00\nTwo door staff from 21:00 on Fridays")
                    .fill("Reasons", "The police's conditions, heard at the hearing, prevent crime and disorder.")
                    .screenshot("officer-outcome")
                    .press("Record the decision").sees("Application " + reference);
            assertThat(officer.text()).contains("Granted");

            PortalBrowser.Visitor business = browser.visitor(javaScript);
            business.open("/").signIn(owner.email(), Api.PASSWORD).sees("Dashboard")
                    .open("/applications/" + id).sees("Premises licence application " + reference)
                    .screenshot("applicant-decision-after-hearing");
            assertThat(business.text()).contains("14 July 2027 at 10:00am at Council House, Committee Room 2")
                    .contains("Grant with modified conditions").contains("Last entry 23:00")
                    .contains("Two door staff from 21:00 on Fridays")
                    .contains("To the magistrates' court, by 3 August 2027")
                    .contains("West Midlands Police");
            business.follow("View your licence").sees("Licence ");
            String number = business.page().locator("h1").innerText().replace("Licence", "").trim();

            PortalBrowser.Visitor resident = browser.visitor(javaScript);
            resident.open("/licences/register?q=" + number).sees("Search the licence register")
                    .follow(number).sees("Licence " + number);
            assertThat(resident.text()).contains("Last entry 23:00").contains("Two door staff from 21:00 on Fridays");
        } finally {
            system.moveClock(RunningSystem.LICENSING, null);
        }
    }
}

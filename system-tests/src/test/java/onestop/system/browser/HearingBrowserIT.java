package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import onestop.system.Api;
import onestop.system.RunningSystem;

/**
 * Issue 14's acceptance journey in a real browser, JavaScript on and off, axe-core on every page: a premises
 * application; a resident represents without an account and confirms by the emailed link, and the police
 * represent signed in; the officer finds both relevant, arranges a hearing inside the statutory period and, after
 * it, grants with modified conditions; the applicant, the resident and the police are emailed the notice and the
 * decision with the last day to appeal; the applicant sees the grounds but not the resident; the public register
 * shows the licence and its conditions. The licensing service's clock is moved: validated on 1 June 2027,
 * consultation over on 30 June, hearing on 14 July.
 */
class HearingBrowserIT extends BrowserJourneys {

    private static final String POLICE = "police@onestop.local";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void residentAndPoliceAreHeardAndTheLicenceCarriesTheModifiedConditions(boolean javaScript) {
        Api.Business owner = Api.registerBusiness("Digbeth Taproom Ltd");
        String id = Api.submitApplication(owner, "PREMISES_LICENCE", "B5 6DR", Map.of(
                "licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"),
                "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "12:00", "closes", "23:30")),
                "designatedPremisesSupervisor", "Amrit Kaur"),
                List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT"));
        String residentEmail = "resident-" + UUID.randomUUID() + "@example.org";
        try {
            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-06-01T08:00:00Z"));
            PortalBrowser.Visitor officer = browser.visitor(javaScript);
            officer.signIn("officer@onestop.local", system.staffPassword("officer")).sees("Dashboard")
                    .open("/officer/applications/" + id).sees("Application ")
                    .press("Validate application").sees("Application ");
            String reference = officer.page().locator("h1").innerText().replace("Application", "").trim();

            // a resident, no account: the representation counts once the emailed link confirms it
            PortalBrowser.Visitor resident = browser.visitor(javaScript);
            resident.open("/licensing/consultations/" + id).sees(reference)
                    .fill("Full name", "Jo Resident")
                    .fill("Email address", residentEmail)
                    .fill("Your address", "3 Floodgate Street, Birmingham B5 5SL")
                    .check("Prevention of public nuisance")
                    .fill("Your representation", "Music until 23:30 on Fridays will keep the street awake.")
                    .press("Send representation").sees("Check your email")
                    .open(system.mailbox().link(residentEmail, "/licensing/representations/confirm"))
                    .sees("Confirm your representation")
                    .press("Confirm").sees("Representation confirmed");

            // the police, signed in with their own account
            PortalBrowser.Visitor police = browser.visitor(javaScript);
            police.signIn(POLICE, system.staffPassword("police"))
                    .open("/authority/applications/" + id + "/representations").sees("Representation on " + reference)
                    .check("Prevention of crime and disorder")
                    .fill("Your representation", "Crime and disorder: late closing next to two other venues.")
                    .press("Send representation").sees("Representation on " + reference);
            assertThat(police.text()).contains("late closing next to two other venues");

            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-06-30T08:00:00Z"));
            officer.open("/officer/applications/" + id).sees("Application " + reference)
                    .follow("Representations and hearing").sees("Representations and hearing")
                    .screenshot("officer-representations");
            assertThat(officer.text()).contains("Member of the public: Jo Resident").contains(residentEmail)
                    .contains("Responsible authority: Police").contains("Prevention of public nuisance")
                    .contains("Prevention of crime and disorder").contains("Not yet determined");
            findRelevant(officer, "Jo Resident");
            findRelevant(officer, "Responsible authority: Police");
            assertThat(officer.text()).doesNotContain("Not yet determined");

            // the day after the period's last day (27 July) is refused on the date
            officer.fill("Day", "28").fill("Month", "7").fill("Year", "2027")
                    .fill("Time it starts", "10:00").fill("Place", "Council House, Committee Room 2")
                    .press("Arrange and give notice").sees("Error: Representations and hearing");
            assertThat(officer.text()).contains("The hearing date must be from 2027-06-30 to 2027-07-27");
            officer.fill("Day", "14").fill("Month", "7").fill("Year", "2027")
                    .fill("Time it starts", "10:00").fill("Place", "Council House, Committee Room 2")
                    .screenshot("officer-hearing")
                    .press("Arrange and give notice").sees("Representations and hearing");
            assertThat(officer.text()).contains("14 July 2027 at 10:00am").contains("Council House, Committee Room 2")
                    .contains("30 June 2027 to 27 July 2027");
            String hearingNotice = "Hearing on licence application " + reference;
            mailed(residentEmail, hearingNotice, "14 July 2027", "Council House, Committee Room 2");
            mailed(POLICE, hearingNotice, "14 July 2027", "Council House, Committee Room 2");
            mailed(owner.email(), "Hearing on " + reference, "14 July 2027", "Council House, Committee Room 2");

            system.moveClock(RunningSystem.LICENSING, Instant.parse("2027-07-14T11:00:00Z"));
            officer.open("/officer/applications/" + id + "/hearing").sees("Representations and hearing")
                    .follow("Record the decision").sees("Decision on " + reference)
                    .check("Grant with modified conditions")
                    .fill("Conditions", "Last entry 23:00\nTwo door staff from 21:00 on Fridays")
                    .fill("Reasons", "The police's conditions, heard at the hearing, prevent crime and disorder.")
                    .screenshot("officer-outcome")
                    .press("Record the decision").sees("Application " + reference);
            assertThat(officer.text()).contains("Granted");

            // everyone is told the decision, its conditions and the last day to appeal (14 July + 20 days)
            String decision = "Decision on licence application " + reference;
            mailed(residentEmail, decision, "Last entry 23:00", "Two door staff from 21:00 on Fridays",
                    "3 August 2027");
            mailed(POLICE, decision, "Last entry 23:00", "Two door staff from 21:00 on Fridays", "3 August 2027");
            mailed(owner.email(), "Decision on " + reference + " after the hearing", "3 August 2027");

            PortalBrowser.Visitor business = browser.visitor(javaScript);
            business.open("/").signIn(owner.email(), Api.PASSWORD).sees("Dashboard")
                    .open("/applications/" + id).sees("Premises licence application " + reference)
                    .screenshot("applicant-decision-after-hearing");
            assertThat(business.text()).contains("14 July 2027 at 10:00am at Council House, Committee Room 2")
                    .contains("Grant with modified conditions").contains("Last entry 23:00")
                    .contains("Two door staff from 21:00 on Fridays")
                    .contains("To the magistrates' court, by 3 August 2027")
                    .contains("Police").contains("Music until 23:30 on Fridays will keep the street awake.")
                    .doesNotContain("Jo Resident").doesNotContain(residentEmail).doesNotContain("Floodgate Street");
            business.follow("View your licence").sees("Licence ");
            String number = business.page().locator("h1").innerText().replace("Licence", "").trim();

            PortalBrowser.Visitor anyone = browser.visitor(javaScript);
            anyone.open("/licences/register?q=" + number).sees("Search the licence register")
                    .follow(number).sees("Licence " + number);
            // the holder a premises licence names is the premises as applied for (Api.submitApplication's)
            assertThat(anyone.text()).contains("Aston Cars").contains("B5 6DR").contains("Last entry 23:00")
                    .contains("Two door staff from 21:00 on Fridays").doesNotContain("Jo Resident");
        } finally {
            system.moveClock(RunningSystem.LICENSING, null);
        }
    }

    /** Finds the representation whose card names {@code maker} relevant, with that card's own form. */
    private static void findRelevant(PortalBrowser.Visitor officer, String maker) {
        Page page = officer.page();
        Locator card = page.locator(".govuk-summary-card").filter(new Locator.FilterOptions().setHasText(maker));
        card.getByLabel("Relevant", new Locator.GetByLabelOptions().setExact(true)).check();
        page.waitForNavigation(() -> card.getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Save finding").setExact(true)).click());
        officer.sees("Representations and hearing");
    }
}

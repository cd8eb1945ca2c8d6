package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.microsoft.playwright.Locator;

import onestop.system.Api;

/**
 * Applying for a licence in a real browser (headless Debian Chromium), with JavaScript on and again with it
 * off: a business creates its account, applies through the task list (paying the fee on the GOV.UK Pay stand-in,
 * once abandoned and then paid), submits it, and reads the confirmation email on the GOV.UK Notify stand-in's
 * page of sent emails; an officer validates and grants the application on the officer pages, and the business
 * finds its licence. axe-core checks every page of ours.
 */
class LicensingBrowserIT extends BrowserJourneys {

    private static final String TYPE = "Street trading consent";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aBusinessAppliesAnOfficerGrantsAndTheBusinessSeesItsLicence(boolean javaScript) {
        PortalBrowser.Visitor business = browser.visitor(javaScript);
        String email = "flowers-" + UUID.randomUUID() + "@example.com";
        business.open("/").sees("Do business with the council").screenshot("start")
                .follow("Create an account").sees("Create an account")
                .fill("Email address", email)
                .fill("Create a password", Api.PASSWORD)
                .fill("Business name", "Bullring Flowers Ltd")
                .fill("Business postcode", "B5 4BU")
                .press("Create account")
                .sees("Check your email")
                .confirmsEmail(system.mailbox(), email)
                .signIn(email, Api.PASSWORD)
                .sees("Dashboard");

        business.follow("Apply for a licence").sees("Apply for a licence").screenshot("apply-choose-type")
                .check(TYPE)
                .press("Continue")
                .sees("Premises – " + TYPE)
                .fill("Premises name", "Bullring Flower Stall")
                .fill("Address line 1", "Edgbaston Street")
                .fill("Town or city", "Birmingham")
                .fill("Postcode", "B5 4BU")
                .press("Save and continue")
                .sees(TYPE + " application").screenshot("apply-task-list");

        business.follow("Details").sees("Details – " + TYPE)
                .check("Annual")
                .fill("Street", "Edgbaston Street")
                .fill("Goods to be sold", "Cut flowers and pot plants")
                .check("Friday")
                .check("Saturday")
                .screenshot("apply-details")
                .press("Save and continue")
                .sees(TYPE + " application");

        business.follow("Documents").sees("Documents – " + TYPE)
                .upload("Passport-style photograph (PDF, PNG or JPEG)", "photo.pdf", "application/pdf", Api.PDF)
                .press("Upload Passport-style photograph")
                .sees("Documents – " + TYPE)
                .upload("Public liability insurance certificate (PDF, PNG or JPEG)", "insurance.pdf", "application/pdf", Api.PDF)
                .press("Upload Public liability insurance certificate")
                .sees("Documents – " + TYPE).screenshot("apply-documents");
        assertThat(business.text()).contains("photo.pdf").contains("insurance.pdf");

        business.follow("Continue").sees(TYPE + " application")
                .follow("Pay").sees("Pay the fee").screenshot("apply-pay");
        // while the Pay stand-in is on, every page says that payments are not real
        assertThat(business.page().locator("#stand-ins").innerText()).contains("Payments, email and text messages are not real");

        // to GOV.UK Pay (the stand-in); a payer who cancels there comes back to "not paid", and can try again
        business.press("Pay £595");
        assertThat(business.page().title()).contains("GOV.UK Pay");
        business.press("Cancel payment").sees("Fee not paid").screenshot("apply-not-paid");
        assertThat(business.text()).contains("You cancelled the payment").contains("You have not been charged");

        business.press("Try again")
                .fill("Card number", "4444 3333 2222 1111").fill("Month", "12").fill("Year", "30")
                .fill("Name on card", "Flora Bloom").fill("Card security code", "123")
                .press("Continue")
                .press("Confirm payment")
                .sees("Fee paid").screenshot("apply-paid");
        assertThat(business.text()).contains("You have paid £595");

        business.follow("Continue with your application").sees(TYPE + " application")
                .follow("Check your answers").sees("Check your answers before submitting your application")
                .screenshot("apply-check-answers");
        assertThat(business.text()).contains("Bullring Flower Stall").contains("Friday, Saturday")
                .contains("£595 (paid)");

        business.press("Submit application").sees("Application submitted").screenshot("apply-submitted");
        String reference = business.page().locator(".govuk-panel__body strong").innerText().trim();
        assertThat(reference).isNotBlank();

        // the confirmation email went through GOV.UK Notify: its stand-in's page lists it for the business
        String confirmation = emailOnNotifyStandIn(browser.visitor(javaScript), email,
                "OneStop: Application " + reference + " is submitted");
        assertThat(confirmation).contains("Sign in to OneStop to see it").contains("delivered");

        PortalBrowser.Visitor officer = browser.visitor(javaScript);
        officer.signIn("officer@onestop.local", system.staffPassword("officer")).sees("Dashboard")
                .follow("Applications to decide").sees("Applications to decide")
                .select("Status", "SUBMITTED")
                .fill("Search by reference, applicant, premises or postcode", reference)
                .press("Search")
                .sees("Applications to decide").screenshot("officer-queue");
        assertThat(officer.page().locator("#result-count").innerText())
                .isEqualTo("1 application matching “" + reference + "”, soonest due first");
        officer.follow(reference).sees("Application " + reference)
                .press("Validate application")
                .sees("Application " + reference)
                .fill("Conditions (optional)", "No trading after 10pm\nKeep the pitch clear")
                .screenshot("officer-application")
                .press("Grant licence")
                .sees("Application " + reference);
        assertThat(officer.text()).contains("Granted").doesNotContain("Grant licence");

        business.follow("Dashboard").sees("Dashboard")
                .follow("All your licences").sees("Your licences").screenshot("licences");
        assertThat(business.text()).contains(TYPE).contains("Active");
        String number = business.page().locator("#main-content table a").first().innerText().trim();
        business.follow(number).sees("Licence " + number).screenshot("licence");
        assertThat(business.text()).contains("Bullring Flowers Ltd").contains("Bullring Flower Stall")
                .contains("No trading after 10pm").contains("Keep the pitch clear");
    }

    /**
     * The email to {@code email} with this subject as a person reads it on the GOV.UK Notify stand-in's page of sent
     * emails (not one of our pages: no axe check), waiting until it is listed and Notify reports it delivered.
     */
    private static String emailOnNotifyStandIn(PortalBrowser.Visitor reader, String email, String subject) {
        String[] text = new String[1];
        Awaitility.await("\"" + subject + "\" on the Notify stand-in for " + email).atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500)).until(() -> {
                    reader.open(system.standInsUrl() + "/notify/");
                    assertThat(reader.page().title()).contains("GOV.UK Notify");
                    Locator listed = reader.page().locator(".email")
                            .filter(new Locator.FilterOptions().setHasText(email))
                            .filter(new Locator.FilterOptions().setHasText(subject));
                    text[0] = listed.count() == 0 ? "" : listed.first().innerText();
                    return text[0].contains("delivered");
                });
        return text[0];
    }
}

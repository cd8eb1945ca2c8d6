package onestop.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import onestop.system.Api;

/**
 * The account journeys that go through an inbox, in Chromium with JavaScript on and off, axe-core on every
 * page: a new business confirms its email address from the link it is sent; someone who forgot their
 * password resets it from the link and signs in with the new one, and the old one no longer works; a business
 * asks for a copy of its data on "Your data" and sees it ready to download.
 */
class AccountBrowserIT extends BrowserJourneys {

    private static final String NEW_PASSWORD = "willow harbour copper 88";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aNewBusinessConfirmsItsEmailAddressFromTheLinkItIsSent(boolean javaScript) {
        String email = "verify-" + UUID.randomUUID() + "@example.com";
        PortalBrowser.Visitor owner = browser.visitor(javaScript);
        owner.open("/create-account").sees("Create an account")
                .fill("Email address", email)
                .fill("Create a password", Api.PASSWORD)
                .fill("Business name", "Jewellery Quarter Clocks Ltd")
                .fill("Business postcode", "B18 6HA")
                .press("Create account")
                .sees("Check your email").screenshot("check-your-email");
        assertThat(owner.text()).contains(email);

        // before confirming, the right password sends a new link instead of signing in
        owner.signIn(email, Api.PASSWORD).sees("Error: Sign in");
        assertThat(owner.text()).contains("Confirm your email address first");

        owner.open(system.mailbox().link(email, "/verify-email")).sees("Confirm your email address")
                .screenshot("confirm-email")
                .press("Confirm email address").sees("Email address confirmed").screenshot("email-confirmed")
                .follow("Sign in").sees("Sign in")
                .fill("Email address", email).fill("Password", Api.PASSWORD).press("Sign in")
                .sees("Dashboard");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void someoneWhoForgotTheirPasswordResetsItFromTheLink(boolean javaScript) {
        Api.Business business = Api.registerBusiness("Digbeth Dining Club");
        PortalBrowser.Visitor owner = browser.visitor(javaScript);
        owner.open("/sign-in").sees("Sign in").follow("Forgotten your password?")
                .sees("Reset your password").screenshot("forgot-password")
                .press("Send the link").sees("Error: Reset your password");
        assertThat(owner.text()).contains("Enter your email address");
        owner.fill("Email address", business.email()).press("Send the link").sees("Check your email");

        owner.open(system.mailbox().link(business.email(), "/reset-password")).sees("Choose a new password")
                .fill("New password", "password123").press("Change password")
                .sees("Error: Choose a new password").screenshot("reset-password-errors");
        assertThat(owner.page().locator(".govuk-error-summary a").getAttribute("href")).isEqualTo("#password");
        owner.fill("New password", NEW_PASSWORD).press("Change password").sees("Password changed");

        owner.signIn(business.email(), Api.PASSWORD).sees("Error: Sign in");
        owner.signIn(business.email(), NEW_PASSWORD).sees("Dashboard");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aSignedInPersonChangesTheirPasswordAndStaysSignedIn(boolean javaScript) {
        Api.Business business = Api.registerBusiness("Kings Heath Records");
        PortalBrowser.Visitor owner = browser.visitor(javaScript);
        owner.signIn(business.email(), Api.PASSWORD).sees("Dashboard");
        owner.open("/account").sees("Your account").follow("Change your password")
                .sees("Change your password").screenshot("change-password")
                .fill("Current password", "not my password").fill("New password", NEW_PASSWORD)
                .press("Change password").sees("Error: Change your password");
        assertThat(owner.text()).contains("Your current password is not right");
        owner.fill("Current password", Api.PASSWORD).fill("New password", NEW_PASSWORD)
                .press("Change password").sees("Your account");
        assertThat(owner.text()).contains("Your password has been changed");

        owner.press("Sign out everywhere").sees("Sign in");
        owner.open("/account").sees("Sign in");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void theSignInPageSaysWhySomeoneLeftAloneWasSignedOut(boolean javaScript) {
        PortalBrowser.Visitor visitor = browser.visitor(javaScript);
        visitor.open("/sign-in?timeout=idle&next=%2Faccount").sees("Sign in").screenshot("signed-out-idle");
        assertThat(visitor.text()).contains("You were signed out because you had not done anything for 30 minutes");
    }

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aBusinessAsksForACopyOfItsDataAndSeesItReadyToDownload(boolean javaScript) {
        Api.Business business = Api.registerBusiness("Moseley Bakery " + UUID.randomUUID().toString().substring(0, 6));
        PortalBrowser.Visitor owner = browser.visitor(javaScript);
        owner.signIn(business.email(), Api.PASSWORD).sees("Dashboard");
        owner.open("/account").sees("Your account").follow("Get a copy of your data").sees("Your data")
                .screenshot("your-data")
                .press("Ask for a copy of your data").sees("Your data");
        assertThat(owner.text()).contains("We are putting a copy of your data together");

        Awaitility.await("the copy is ready").atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(2))
                .untilAsserted(() -> assertThat(owner.open("/account/your-data").text()).contains("Ready"));
        owner.sees("Your data").screenshot("your-data-ready");
        assertThat(owner.page().locator("#exports a").getAttribute("href"))
                .matches("/account/your-data/[0-9a-f-]{36}/download");
    }
}

package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import onestop.system.Api;

/**
 * The GOV.UK address pattern on the premises question, in Chromium with JavaScript on and off, against the OS Places
 * stand-in: a postcode finds the addresses there, the applicant picks one, and the application keeps that address
 * with its UPRN; a postcode with no addresses says so and leaves "enter the address manually", which still works.
 * axe-core checks every page.
 */
class AddressFinderBrowserIT extends BrowserJourneys {

    private static final String TYPE = "Street trading consent";

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void anApplicantFindsThePremisesByPostcodeAndTheUprnIsKept(boolean javaScript) {
        PortalBrowser.Visitor business = browser.visitor(javaScript);
        String email = "address-" + UUID.randomUUID() + "@example.com";
        business.open("/").sees("Do business with the council")
                .follow("Create an account").sees("Create an account")
                .fill("Email address", email)
                .fill("Create a password", Api.PASSWORD)
                .fill("Business name", "Victoria Square Crafts Ltd")
                .fill("Business postcode", "B1 1BB")
                .press("Create account")
                .sees("Check your email")
                .confirmsEmail(system.mailbox(), email)
                .signIn(email, Api.PASSWORD)
                .sees("Dashboard");

        business.follow("Apply for a licence").sees("Apply for a licence")
                .check(TYPE)
                .press("Continue")
                .sees("Premises – " + TYPE)
                // a postcode with no addresses: said so, and the address can still be typed
                .fill("Postcode to find", "B99 9ZZ")
                .press("Find address")
                .sees("Premises – " + TYPE);
        assertThat(business.page().locator("#lookup-message").innerText()).contains("No addresses were found");

        business.fill("Postcode to find", "B1 1BB")
                .press("Find address")
                .sees("Premises – " + TYPE).screenshot("apply-find-address");
        var choices = business.page().locator("input[name=uprn]");
        assertThat(choices.count()).as("addresses at B1 1BB").isEqualTo(3);
        String uprn = choices.first().getAttribute("value");
        String label = business.page().locator("label[for=uprn-" + uprn + "]").innerText();
        choices.first().check();
        business.fill("Premises name", "Council House Craft Stall")
                .press("Save and continue")
                .sees(TYPE + " application");

        // what the service stored is OS Places' address with its UPRN, not what the browser could have sent
        String token = Api.token(email, Api.PASSWORD);
        String id = as(token).when().get(Api.LICENSING + "/applications").then().statusCode(200)
                .extract().path("items[0].id");
        var premises = as(token).when().get(Api.LICENSING + "/applications/" + id).then().statusCode(200)
                .extract().jsonPath();
        assertThat(premises.getString("premises.uprn")).isEqualTo(uprn);
        assertThat(premises.getString("premises.postcode")).isEqualTo("B1 1BB");
        assertThat(label).contains(premises.getString("premises.addressLine1"));

        // the premises page shows the chosen address again
        business.follow("Premises").sees("Premises – " + TYPE);
        assertThat(business.page().content()).contains(premises.getString("premises.addressLine1"));
    }
}

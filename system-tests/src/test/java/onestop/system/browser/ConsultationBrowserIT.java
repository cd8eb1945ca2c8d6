package onestop.system.browser;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import onestop.system.Api;

/**
 * The public's side of a consultation in a real browser, with JavaScript on and off, axe-core checking every page:
 * a neighbour subscribes to alerts for their postcode sector and confirms by the emailed link; a premises licence
 * application there opens for comment; a resident finds it, makes a representation without an account and
 * confirms it by the emailed link; the neighbour unsubscribes with the link in their alert.
 */
class ConsultationBrowserIT extends BrowserJourneys {

    @ParameterizedTest(name = "JavaScript on: {0}")
    @ValueSource(booleans = {true, false})
    void aResidentFindsAConsultationRepresentsAndConfirmsAndANeighbourIsAlerted(boolean javaScript) {
        String neighbour = "neighbour-" + UUID.randomUUID() + "@example.org";
        PortalBrowser.Visitor alerts = browser.visitor(javaScript);
        alerts.open("/licensing/area-alerts").sees("Get emails about licence applications near you")
                .screenshot("area-alerts")
                .fill("Email address", neighbour)
                .fill("Postcode area", "B1 1")
                .press("Get emails").sees("Check your email")
                .open(system.mailbox().link(neighbour, "/licensing/area-alerts/confirm")).sees("Confirm your alerts")
                .press("Confirm").sees("Alerts confirmed");

        Api.Business business = Api.registerBusiness("Broad Street Bars Ltd");
        String id = Api.submitApplication(business, "PREMISES_LICENCE", "B1 1BB",
                Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL"),
                        "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "18:00", "closes", "23:30")),
                        "designatedPremisesSupervisor", "Amrit Kaur"),
                List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT"));
        String reference = as(Api.staffToken(system, "officer"))
                .when().post(Api.LICENSING + "/applications/" + id + "/validate")
                .then().statusCode(200).extract().path("reference");

        PortalBrowser.Visitor resident = browser.visitor(javaScript);
        resident.open("/licensing/consultations").sees("Licence applications open for comment")
                .fill("Postcode area", "B1 1")
                .select("Type of licence", "Premises licence")
                .press("Search").sees("Licence applications open for comment").screenshot("consultations")
                .follow(reference).sees(reference).screenshot("consultation");
        assertThat(resident.text()).contains("Sale of alcohol").contains("Friday: 18:00 to 23:30");

        String email = "resident-" + UUID.randomUUID() + "@example.org";
        resident.press("Send representation").sees("Error: " + reference);
        assertThat(resident.text()).contains("Enter your full name").contains("Select the licensing objectives");
        resident.fill("Full name", "Jo Resident")
                .fill("Email address", email)
                .fill("Your address", "3 Broad Street, Birmingham B1 1BB")
                .check("Prevention of public nuisance")
                .fill("Your representation", "Music until 23:30 on Fridays will keep the street awake.")
                .press("Send representation").sees("Check your email")
                .open(system.mailbox().link(email, "/licensing/representations/confirm"))
                .sees("Confirm your representation")
                .press("Confirm").sees("Representation confirmed");

        alerts.open(system.mailbox().link(neighbour, "/licensing/area-alerts/unsubscribe")).sees("Stop these emails")
                .press("Unsubscribe").sees("Unsubscribed");
    }
}

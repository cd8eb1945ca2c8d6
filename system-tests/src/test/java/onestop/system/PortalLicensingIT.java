package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * The portal's licensing pages, used like a browser would (cookies, CSRF tokens, forms, redirects) against the
 * real services: a business applies for a licence, an officer decides it, and the business sees its licence.
 */
class PortalLicensingIT {

    private static final String TYPE = "STREET_TRADING_CONSENT";

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aBusinessAppliesAnOfficerGrantsAndTheBusinessSeesItsLicence() {
        FormBrowser business = FormBrowser.newBusiness("Bullring Flowers Ltd");
        assertThat(business.page()).contains("<h1 class=\"govuk-heading-xl\">Dashboard</h1>");

        business.get("/licences/apply");
        assertThat(business.page()).contains("Street trading consent").contains("Fee £595")
                .contains("Passport-style photograph");
        business.post("/licences/apply", Map.of("licenceTypeCode", TYPE));
        assertThat(business.location()).endsWith("/licences/apply/" + TYPE);
        business.post("/licences/apply/" + TYPE, premises("Bullring Flower Stall"));
        String id = business.location().replaceAll("^.*/applications/", "");
        business.get("/applications/" + id);
        assertThat(business.page()).contains("Street trading consent application").contains("Cannot start yet")
                .contains("Incomplete");

        business.get("/applications/" + id + "/details");
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("version", business.hidden("version"));
        details.put("details-consentKind", "ANNUAL");
        details.put("details-street", "New Street");
        details.put("details-goods", "Cut flowers and plants");
        details.put("details-tradingDays", List.of("FRIDAY", "SATURDAY"));
        business.post("/applications/" + id + "/details", details);
        assertThat(business.location()).endsWith("/applications/" + id);

        business.get("/applications/" + id + "/documents");
        business.upload("/applications/" + id + "/documents", "PHOTO", "photo.pdf", "application/pdf", Api.PDF);
        business.upload("/applications/" + id + "/documents", "PUBLIC_LIABILITY_INSURANCE", "insurance.pdf",
                "application/pdf", Api.PDF);
        business.get("/applications/" + id + "/documents");
        assertThat(business.page()).contains("photo.pdf").contains("insurance.pdf");
        business.downloads(business.link("/applications/" + id + "/documents/[0-9a-f-]{36}"));

        business.get("/applications/" + id + "/pay");
        assertThat(business.page()).contains("Pay £595");
        // the pay button sends the payer to GOV.UK Pay (the stand-in), which sends them back
        io.restassured.response.Response toPay = business.post("/applications/" + id + "/pay", Map.of());
        assertThat(toPay.statusCode()).isEqualTo(303);
        String back = PayStandIn.pay(toPay.header("Location"));
        business.get(java.net.URI.create(back).getRawPath());
        assertThat(business.page()).contains("Fee paid").contains("You have paid £595");

        business.get("/applications/" + id + "/check");
        assertThat(business.page()).contains("Check your answers before submitting your application")
                .contains("New Street").contains("Friday, Saturday").contains("£595 (paid)");
        business.post("/applications/" + id + "/submit", Map.of("version", business.hidden("version")));
        business.get(business.location());
        assertThat(business.page()).contains("Application submitted").contains("Your reference number");

        FormBrowser officer = FormBrowser.signedIn("officer@onestop.local", system.staffPassword("officer"));
        officer.get("/officer/applications?status=SUBMITTED");
        assertThat(officer.page()).contains("Applications to decide").contains("/officer/applications/" + id);
        officer.get("/officer/applications?q=Quinquagesima Qxzv");  // no applicant, premises or reference has it
        assertThat(officer.page()).contains("0 applications matching “Quinquagesima Qxzv”")
                .doesNotContain("/officer/applications/" + id);
        officer.get("/officer/applications/" + id);
        assertThat(officer.page()).contains("Validate application").contains("photo.pdf")
                .doesNotContain("Grant licence");
        String document = officer.link("/officer/applications/" + id + "/documents/[0-9a-f-]{36}");
        officer.downloads(document);
        business.get(document);
        assertThat(business.status()).isEqualTo(404);
        officer.post("/officer/applications/" + id + "/validate", Map.of("version", officer.hidden("version")));
        officer.get("/officer/applications/" + id);
        assertThat(officer.page()).contains("Under review").contains("Grant licence");
        officer.post("/officer/applications/" + id + "/decision", Map.of("version", officer.hidden("version"),
                "outcome", "GRANT", "conditions", "No trading after 10pm\nKeep the pitch clear"));
        officer.get("/officer/applications/" + id);
        assertThat(officer.page()).contains("Granted").doesNotContain("Grant licence");

        business.get("/applications/" + id);
        assertThat(business.page()).contains("Granted").contains("View your licence");
        business.get("/licences");
        assertThat(business.page()).contains("Your licences").contains("Street trading consent").contains("Active");
        String licence = business.link("/licences/[0-9a-f-]{36}");
        business.get(licence);
        assertThat(business.page()).contains("No trading after 10pm").contains("Keep the pitch clear")
                .contains("Renew this licence");
        business.get("/dashboard");
        assertThat(business.page()).contains(licence).contains("expires");
    }

    @Test
    void badAnswersAreShownAsAGovukErrorSummaryNotAProblemDocument() {
        FormBrowser business = FormBrowser.newBusiness("Digbeth Doughnuts Ltd");
        business.get("/licences/apply");
        business.post("/licences/apply", Map.of());
        assertThat(business.status()).isEqualTo(200);
        assertThat(business.page()).contains("<title>Error: Apply for a licence").contains("govuk-error-summary")
                .contains("Select the type of licence you want to apply for").contains("href=\"#licenceTypeCode\"");

        business.post("/licences/apply/" + TYPE, premises(""));
        String id = business.location().replaceAll("^.*/applications/", "").replaceAll("/.*$", "");
        business.get(business.location());
        assertThat(business.page()).contains("<title>Error: Premises").contains("Premises name is required")
                .contains("href=\"#name\"");

        business.get("/applications/" + id + "/details");
        business.post("/applications/" + id + "/details", Map.of("version", business.hidden("version"),
                "details-consentKind", "ANNUAL", "details-street", "X", "details-goods", "Flowers"));
        business.get(business.location());
        assertThat(business.page()).contains("<title>Error: Details").contains("govuk-error-summary")
                .contains("href=\"#details-street\"").contains("value=\"X\"").doesNotContain("application/problem+json");

        business.upload("/applications/" + id + "/documents", "PHOTO", "notes.txt", "text/plain",
                "just some text".getBytes(StandardCharsets.UTF_8));
        assertThat(business.page()).contains("govuk-error-summary").contains("href=\"#file-PHOTO\"");

        business.get("/applications/" + id + "/check");
        business.post("/applications/" + id + "/submit", Map.of("version", business.hidden("version")));
        assertThat(business.page()).contains("<title>Error: Check your answers").contains("Premises name is required")
                .contains("href=\"/applications/" + id + "/premises\"").contains("href=\"/applications/" + id + "/pay\"")
                .contains("Passport-style photograph is required");
    }

    @Test
    void anotherBusinessesApplicationIsPageNotFound() {
        FormBrowser owner = FormBrowser.newBusiness("Moseley Markets Ltd");
        owner.get("/licences/apply");
        owner.post("/licences/apply/" + TYPE, premises("Moseley Market Stall"));
        String application = owner.location().replaceAll("^.*/applications/", "").replaceAll("/.*$", "");

        owner.upload("/applications/" + application + "/documents", "PHOTO", "photo.pdf", "application/pdf", Api.PDF);
        owner.get("/applications/" + application + "/documents");
        String document = owner.link("/applications/" + application + "/documents/[0-9a-f-]{36}");

        FormBrowser other = FormBrowser.newBusiness("Kings Heath Crafts Ltd");
        other.get("/applications/" + application);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.page()).contains("Page not found");
        other.get("/applications/" + application + "/details");
        assertThat(other.status()).isEqualTo(404);
        other.get(document);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.page()).contains("Page not found").doesNotContain("%PDF");
    }

    @Test
    void aBusinessCannotOpenTheOfficerPages() {
        FormBrowser business = FormBrowser.newBusiness("Harborne Hardware Ltd");
        business.get("/officer/applications");
        assertThat(business.status()).isEqualTo(404);
        assertThat(business.page()).contains("Page not found");
    }

    @Test
    void aFormWithoutItsCsrfTokenIsRefusedAndChangesNothing() {
        FormBrowser business = FormBrowser.newBusiness("Edgbaston Eats Ltd");
        Response forged = business.postExactly("/licences/apply/" + TYPE, premises("Forged Stall"));
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.asString()).doesNotContain("Forged Stall");
        business.get("/applications");
        assertThat(business.page()).contains("You have no applications yet");
    }

    @Test
    void anOfficerAsksForMoreInformationAndTheBusinessChangesItAndSendsItBack() {
        Api.Business applicant = Api.registerBusiness("Aston Airport Cars Ltd");
        String id = Api.submitPrivateHireDriverApplication(applicant);
        FormBrowser officer = FormBrowser.signedIn("officer@onestop.local", system.staffPassword("officer"));
        officer.get("/officer/applications/" + id);
        officer.follow(officer.post("/officer/applications/" + id + "/request-information", Map.of(
                "version", officer.hidden("version"), "message", "Give your full name as on your driving licence.")));
        assertThat(officer.page()).contains("Information requested");

        // a driver's licence asks for the driver's name, never for premises
        FormBrowser business = FormBrowser.signedIn(applicant.email(), Api.PASSWORD);
        business.get("/applications/" + id);
        assertThat(business.page()).contains("The licensing team needs more information")
                .contains("Give your full name as on your driving licence.");
        business.get("/applications/" + id + "/holder");
        business.post("/applications/" + id + "/holder", Map.of("version", business.hidden("version"),
                "holderName", "Samir Ali Lichfield"));
        business.get("/applications/" + id);
        assertThat(business.page()).contains("Samir Ali Lichfield");
        business.follow(business.post("/applications/" + id + "/resubmit", Map.of("version", business.hidden("version"))));
        assertThat(business.page()).doesNotContain("The licensing team needs more information")
                .doesNotContain("Send the application back");

        officer.get("/officer/applications?status=SUBMITTED");
        assertThat(officer.page()).contains("/officer/applications/" + id);
        officer.get("/officer/applications/" + id);
        assertThat(officer.page()).contains("Samir Ali Lichfield").contains("Validate application");
    }

    @Test
    void aBusinessWithdrawsAnApplicationItNoLongerWants() {
        Api.Business applicant = Api.registerBusiness("Perry Barr Private Hire Ltd");
        String id = Api.submitPrivateHireDriverApplication(applicant);
        FormBrowser business = FormBrowser.signedIn(applicant.email(), Api.PASSWORD);
        business.get("/applications/" + id);
        business.get(business.link("/applications/" + id + "/withdraw"));
        assertThat(business.page()).contains("Are you sure you want to withdraw application");
        business.follow(business.post("/applications/" + id + "/withdraw", Map.of("version", business.hidden("version"))));
        assertThat(business.page()).contains("Withdrawn").doesNotContain("Withdraw this application");
    }

    @Test
    void aHolderRenewsALicenceAndThenSurrendersIt() {
        FormBrowser business = licenceHolder(system, "Sutton Coldfield Chauffeurs Ltd");
        business.get("/licences");
        String licence = business.link("/licences/[0-9a-f-]{36}");

        business.get(licence);
        business.follow(business.post(licence + "/renew", Map.of()));
        assertThat(business.page()).contains("Private hire driver licence").contains("Renewal");
        business.get("/applications");
        assertThat(business.page()).contains("Renewal");

        business.get(licence);
        business.get(business.link(licence + "/surrender"));
        business.follow(business.post(licence + "/surrender", Map.of("version", business.hidden("version"))));
        assertThat(business.page()).contains("Surrendered").doesNotContain("Renew this licence");
    }

    @Test
    void aBusinessReadsTheNotificationOfItsLicenceAndMarksItRead() {
        FormBrowser business = licenceHolder(system, "Yardley Minicabs Ltd");
        Awaitility.await("the notification of the grant").atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> assertThat(business.get("/notifications").asString()).contains("Unread"));
        String read = business.page().replaceAll("(?s).*?action=\"(/notifications/[0-9a-f-]{36}/read)\".*", "$1");
        int unread = business.page().split("govuk-tag--blue\">Unread").length - 1;
        business.follow(business.post(read, Map.of()));
        assertThat(business.page().split("govuk-tag--blue\">Unread").length - 1).isEqualTo(unread - 1);
        assertThat(business.page()).doesNotContain("action=\"" + read + "\"");

        Response again = business.post(read.replaceAll("[0-9a-f-]{36}", "00000000-0000-0000-0000-000000000000"), Map.of());
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(again.asString()).contains("Page not found").doesNotContain("problem+json");
    }

    /** A business granted a private hire driver's licence through the API, signed in to the portal. */
    static FormBrowser licenceHolder(RunningSystem system, String name) {
        Api.Business holder = Api.registerBusiness(name);
        Api.grantPrivateHireDriverLicence(system, holder);
        return FormBrowser.signedIn(holder.email(), Api.PASSWORD);
    }

    private static Map<String, Object> premises(String name) {
        return Map.of("name", name, "addressLine1", "1 New Street", "town", "Birmingham", "postcode", "B2 4QA");
    }
}

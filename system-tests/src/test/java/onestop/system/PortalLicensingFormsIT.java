package onestop.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.response.Response;

/**
 * Every licensing form of the portal, sent what a person gets wrong: blanks, words for numbers, impossible dates,
 * an old tab (a stale version), an action the application's state no longer allows. Each answer is the page again
 * with a GOV.UK error summary linked to the field, never a 500 or a problem document.
 */
class PortalLicensingFormsIT {

    private static final String TYPE = "STREET_TRADING_CONSENT";
    private static final String STALE = "Someone else changed this application";

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void choosingATypeThatIsNotOfferedAndAPostcodeTooLongAreRefusedOnTheirFields() {
        FormBrowser business = FormBrowser.newBusiness("Acocks Green Antiques Ltd");
        business.get("/licences/apply");
        ErrorSummary.namesField(business.post("/licences/apply", Map.of("licenceTypeCode", "NOT_A_TYPE")),
                "licenceTypeCode", "Select the type of licence you want to apply for");

        business.get("/licences/apply/" + TYPE);
        ErrorSummary.namesField(business.post("/licences/apply/" + TYPE, premises("Stall", "B1 1BB B1 1BB B1 1BB")),
                "postcode", "Postcode");
        business.get("/applications");
        assertThat(business.page()).contains("You have no applications yet");
    }

    @Test
    void premisesAndDetailsFromAnOldTabAreRefusedAndWhatWasTypedIsKept() {
        FormBrowser business = FormBrowser.newBusiness("Balsall Heath Bakes Ltd");
        String id = draft(business, TYPE);

        business.get("/applications/" + id + "/premises");
        String opened = business.hidden("version");
        ErrorSummary.namesField(business.post("/applications/" + id + "/premises",
                withVersion(premises("Balsall Stall", "NOT A REAL POSTCODE"), opened)), "postcode", "Postcode");
        assertThat(business.post("/applications/" + id + "/premises",
                withVersion(premises("Balsall Stall", "B12 9AA"), opened)).statusCode()).isEqualTo(303);
        String page = ErrorSummary.namesField(business.post("/applications/" + id + "/premises",
                withVersion(premises("Old Tab Stall", "B12 9AA"), opened)), "name", STALE);
        assertThat(page).contains("value=\"Old Tab Stall\"");

        business.get("/applications/" + id + "/details");
        String details = business.hidden("version");
        business.get("/applications/" + id + "/premises");
        business.post("/applications/" + id + "/premises", withVersion(premises("Balsall Stall 2", "B12 9AA"),
                business.hidden("version")));
        ErrorSummary.namesField(business.post("/applications/" + id + "/details", Map.of("version", details,
                "details-consentKind", "DAY", "details-street", "Ladypool Road", "details-goods", "Bread")),
                "details-goods", STALE);
    }

    @Test
    void aNumberTypedInWordsAndADateThatDoesNotExistAreRefusedOnTheirQuestions() {
        FormBrowser business = FormBrowser.newBusiness("Selly Oak Lettings Ltd");
        String hmo = draft(business, "HMO_LICENCE");
        business.get("/applications/" + hmo + "/details");
        // what is saved goes to the service at once; what it cannot take is shown on the same page again
        Response saved = business.post("/applications/" + hmo + "/details", Map.of("version",
                business.hidden("version"), "details-occupants", "lots", "details-households", "2",
                "details-storeys", "3", "details-bedrooms", "6"));
        assertThat(FormBrowser.location(saved)).isEqualTo("/applications/" + hmo + "/details?check=true");
        ErrorSummary.namesField(business.follow(saved), "details-occupants", "Number of occupants");

        String event = draft(business, "TEMPORARY_EVENT_NOTICE");
        business.get("/applications/" + event + "/details");
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("version", business.hidden("version"));
        answers.put("details-eventStart-day", "31");
        answers.put("details-eventStart-month", "2");
        answers.put("details-eventStart-year", "2027");
        answers.put("details-eventStart-time", "18:00");
        answers.put("details-eventEnd-day", "1");
        answers.put("details-eventEnd-month", "3");
        answers.put("details-eventEnd-year", "2027");
        answers.put("details-eventEnd-time", "23:00");
        answers.put("details-expectedAttendance", "120");
        answers.put("details-licensableActivities", List.of("SALE_OF_ALCOHOL"));
        ErrorSummary.namesField(business.follow(business.post("/applications/" + event + "/details", answers)),
                "details-eventStart", "Event starts");
    }

    @Test
    void anUploadWithoutAFileAPaymentMadeTwiceAndASubmitFromAnOldTabAreRefused() {
        FormBrowser business = FormBrowser.newBusiness("Stirchley Stalls Ltd");
        String id = draft(business, TYPE);

        business.get("/applications/" + id + "/documents");
        ErrorSummary.namesField(business.upload("/applications/" + id + "/documents", "PHOTO", "", "application/pdf",
                new byte[0]), "file-PHOTO", "Select a file to upload");

        business.get("/applications/" + id + "/pay");
        Response toPay = business.post("/applications/" + id + "/pay", Map.of());
        assertThat(toPay.statusCode()).isEqualTo(303);
        business.get(java.net.URI.create(PayStandIn.pay(toPay.header("Location"))).getRawPath());
        business.get("/applications/" + id + "/pay");
        ErrorSummary.linksTo(business.post("/applications/" + id + "/pay", Map.of()), "pay", "already been paid");

        business.get("/applications/" + id + "/check");
        String opened = business.hidden("version");
        business.get("/applications/" + id + "/premises");
        business.post("/applications/" + id + "/premises", withVersion(premises("Stirchley Stall", "B30 2AA"),
                business.hidden("version")));
        Response stale = business.post("/applications/" + id + "/submit", Map.of("version", opened));
        assertThat(stale.statusCode()).isEqualTo(200);
        assertThat(stale.asString()).contains("<title>Error: Check your answers").contains("govuk-error-summary")
                .contains(STALE).doesNotContain("problem+json");
    }

    @Test
    void withdrawingFromAnOldTabOrTwiceIsRefusedOnThePage() {
        Api.Business owner = Api.registerBusiness("Hall Green Cabs Ltd");
        String id = Api.submitPrivateHireDriverApplication(owner);
        FormBrowser business = FormBrowser.signedIn(owner.email(), Api.PASSWORD);
        FormBrowser officer = officer();

        business.get("/applications/" + id + "/withdraw");
        String opened = business.hidden("version");
        officer.get("/officer/applications/" + id);
        officer.post("/officer/applications/" + id + "/assign", Map.of("version", officer.hidden("version")));
        ErrorSummary.linksTo(business.post("/applications/" + id + "/withdraw", Map.of("version", opened)),
                "withdraw", STALE);

        business.get("/applications/" + id + "/withdraw");
        String current = business.hidden("version");
        business.follow(business.post("/applications/" + id + "/withdraw", Map.of("version", current)));
        assertThat(business.page()).contains("Withdrawn");
        business.get("/applications/" + id + "/withdraw");
        ErrorSummary.linksTo(business.post("/applications/" + id + "/withdraw",
                Map.of("version", business.hidden("version"))), "withdraw", "is withdrawn.");
    }

    @Test
    void sendingAnApplicationBackTwiceFromTheSamePageIsRefusedOnItsStatus() {
        Api.Business applicant = Api.registerBusiness("Bordesley Green Cars Ltd");
        String id = Api.submitPrivateHireDriverApplication(applicant);
        FormBrowser officer = officer();
        officer.get("/officer/applications/" + id);
        officer.post("/officer/applications/" + id + "/request-information", Map.of("version",
                officer.hidden("version"), "message", "Upload a clearer medical report."));

        FormBrowser business = FormBrowser.signedIn(applicant.email(), Api.PASSWORD);
        business.get("/applications/" + id);
        String opened = business.hidden("version");
        assertThat(business.post("/applications/" + id + "/resubmit", Map.of("version", opened)).statusCode())
                .isEqualTo(303);
        // the second click, from the same page: the button is gone from the application as it now is
        String page = ErrorSummary.linksTo(business.post("/applications/" + id + "/resubmit", Map.of("version", opened)),
                "status", STALE);
        assertThat(page).doesNotContain("Send the application back");
    }

    @Test
    void surrenderingTwiceAndRenewingALicenceThatEndedAreRefusedOnThePage() {
        FormBrowser business = PortalLicensingIT.licenceHolder(system, "Erdington Executive Cars Ltd");
        business.get("/licences");
        String licence = business.link("/licences/[0-9a-f-]{36}");

        business.get(licence + "/surrender");
        String opened = business.hidden("version");
        business.follow(business.post(licence + "/surrender", Map.of("version", opened)));
        assertThat(business.page()).contains("Surrendered").doesNotContain("Renew this licence");
        ErrorSummary.linksTo(business.post(licence + "/surrender", Map.of("version", opened)), "surrender", "");

        Response renew = business.post(licence + "/renew", Map.of());
        ErrorSummary.linksTo(renew, "status", "");
    }

    @Test
    void theOfficersFormsRefuseBlanksAndAnOldTabOnTheirFields() {
        Api.Business applicant = Api.registerBusiness("Kingstanding Taxis Ltd");
        String id = Api.submitPrivateHireDriverApplication(applicant);
        FormBrowser officer = officer();
        String casework = "/officer/applications/" + id;

        officer.get(casework);
        String opened = officer.hidden("version");
        ErrorSummary.namesField(officer.post(casework + "/request-information", Map.of("version", opened,
                "message", " ")), "message", "Enter what the applicant needs to send or change");
        officer.follow(officer.post(casework + "/assign", Map.of("version", opened)));
        ErrorSummary.linksTo(officer.post(casework + "/validate", Map.of("version", opened)), "status", STALE);

        officer.get(casework);
        officer.follow(officer.post(casework + "/validate", Map.of("version", officer.hidden("version"))));
        assertThat(officer.page()).contains("Grant licence");
        String underReview = officer.hidden("version");
        String page = ErrorSummary.namesField(officer.post(casework + "/decision", Map.of("version", underReview,
                "outcome", "REFUSE", "reasons", "")), "reasons", "Enter the reasons for refusing");
        assertThat(page).contains("Refuse application");
        ErrorSummary.namesField(officer.post(casework + "/decision", Map.of("version", underReview,
                "outcome", "GRANT", "conditions", "Keep the badge on show\n" + "x".repeat(2001))),
                "conditions", "Conditions: ");
        officer.follow(officer.post(casework + "/decision", Map.of("version", underReview, "outcome", "GRANT",
                "conditions", "")));
        ErrorSummary.linksTo(officer.post(casework + "/decision", Map.of("version", underReview, "outcome", "REFUSE",
                "reasons", "Second thoughts")), "status", STALE);
        officer.get(casework);
        assertThat(officer.page()).contains("Granted");
        assertThat(officer.get("/officer/applications?status=GRANTED&overdue=true").statusCode()).isEqualTo(200);
        assertThat(officer.get("/dashboard").statusCode()).isEqualTo(200);
    }

    @Test
    void aRepresentationWithoutItsSourceOrGroundsIsRefusedOnItsFields() {
        Api.Business landlord = Api.registerBusiness("Handsworth Homes Ltd");
        String id = Api.submitApplication(landlord, "HMO_LICENCE", "B21 9AA",
                Map.of("occupants", 6, "households", 3, "storeys", 3, "bedrooms", 6),
                List.of("GAS_SAFETY_CERTIFICATE", "ELECTRICAL_REPORT", "FLOOR_PLAN"));
        FormBrowser officer = officer();
        String casework = "/officer/applications/" + id;
        officer.get(casework);
        officer.follow(officer.post(casework + "/validate", Map.of("version", officer.hidden("version"))));
        assertThat(officer.page()).contains("Record a representation");

        String page = ErrorSummary.namesField(officer.post(casework + "/representations", Map.of("from", "",
                "grounds", "Too many bins on the street")), "from", "Enter who the representation is from");
        assertThat(page).contains("Too many bins on the street");
        ErrorSummary.namesField(officer.post(casework + "/representations", Map.of("from", "A neighbour",
                "grounds", "Noise")), "category", "Select who made the representation");
    }

    private static FormBrowser officer() {
        return FormBrowser.signedIn("officer@onestop.local", system.staffPassword("officer"));
    }

    /** A draft of {@code type} made through the apply pages; its id. */
    static String draft(FormBrowser business, String type) {
        business.get("/licences/apply/" + type);
        Response made = business.post("/licences/apply/" + type, premises("Pitch 4", "B5 4BU"));
        assertThat(made.statusCode()).as("a new draft: %s", made.asString()).isEqualTo(303);
        return FormBrowser.location(made).replaceAll("^/applications/", "").replaceAll("[/?].*$", "");
    }

    static Map<String, Object> premises(String name, String postcode) {
        return Map.of("name", name, "addressLine1", "1 New Street", "town", "Birmingham", "postcode", postcode);
    }

    private static Map<String, Object> withVersion(Map<String, Object> form, String version) {
        Map<String, Object> sent = new LinkedHashMap<>(form);
        sent.put("version", version);
        return sent;
    }
}

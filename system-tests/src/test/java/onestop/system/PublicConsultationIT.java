package onestop.system;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;

/**
 * The public's side of a consultation, through the portal and the gateway with every service a process and mail
 * through a real SMTP server: a neighbour subscribes to alerts for their sector and is emailed when a premises
 * licence application there opens for comment; a resident finds it, makes a representation without an account and
 * confirms it by the emailed link; the police make theirs signed in; the officer sees both.
 */
class PublicConsultationIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void aNeighbourIsAlertedAResidentRepresentsAndConfirmsAndThePoliceRepresentSignedIn() {
        Mailbox mailbox = system.mailbox();

        // a neighbour asks for alerts about B1 1 and confirms by the emailed link's button
        String neighbour = "neighbour-" + UUID.randomUUID() + "@example.org";
        FormBrowser alerts = new FormBrowser();
        alerts.get("/licensing/area-alerts");
        assertThat(alerts.post("/licensing/area-alerts", Map.of("email", neighbour, "area", "b1 1")).asString())
                .contains("Check your email");
        alerts.get(mailbox.link(neighbour, "/licensing/area-alerts/confirm"));
        assertThat(alerts.page()).contains("Confirm your alerts");
        assertThat(alerts.post("/licensing/area-alerts/confirm",
                Map.of("token", mailbox.token(neighbour, "/licensing/area-alerts/confirm"))).asString())
                .contains("Alerts confirmed");

        // a premises licence application at B1 1BB opens for comment
        Api.Business business = Api.registerBusiness("Broad Street Bars Ltd");
        String id = Api.submitApplication(business, "PREMISES_LICENCE", "B1 1BB",
                Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"),
                        "openingHours", List.of(Map.of("day", "SATURDAY", "opens", "18:00", "closes", "02:00")),
                        "designatedPremisesSupervisor", "Amrit Kaur"),
                List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT"));
        String officer = Api.staffToken(system, "officer");
        as(officer).when().post(Api.LICENSING + "/applications/" + id + "/validate")
                .then().statusCode(200).body("status", is("IN_CONSULTATION"));

        // the neighbour's alert links to the consultation page; a resident finds it there by sector
        assertThat(mailbox.link(neighbour, "/licensing/area-alerts/unsubscribe")).isNotNull();
        FormBrowser resident = new FormBrowser();
        resident.get("/licensing/consultations?postcode=B1+1&licenceTypeCode=PREMISES_LICENCE");
        assertThat(resident.page()).contains("/licensing/consultations/" + id);
        resident.get("/licensing/consultations/" + id);
        assertThat(resident.page()).contains("Sale of alcohol").contains("Saturday: 18:00 to 02:00")
                .contains("Make a representation").doesNotContain("Broad Street Bars Ltd");

        // a representation without the objectives is shown the GOV.UK way; then sent, and confirmed by email
        String email = "resident-" + UUID.randomUUID() + "@example.org";
        assertThat(resident.post("/licensing/consultations/" + id, Map.of("name", "Jo Resident", "email", email,
                "address", "3 Broad Street, Birmingham B1 1BB", "grounds", "Music until 2am.")).asString())
                .contains("There is a problem").contains("Select the licensing objectives it concerns");
        assertThat(resident.post("/licensing/consultations/" + id, Map.of("name", "Jo Resident", "email", email,
                "address", "3 Broad Street, Birmingham B1 1BB", "objectives", List.of("PREVENTION_OF_PUBLIC_NUISANCE"),
                "grounds", "Music until 2am on Saturdays will keep the street awake.")).asString())
                .contains("Check your email");
        as(officer).when().get(Api.LICENSING + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(0));
        resident.get(mailbox.link(email, "/licensing/representations/confirm"));
        assertThat(resident.page()).contains("Confirm your representation");
        assertThat(resident.post("/licensing/representations/confirm",
                Map.of("token", mailbox.token(email, "/licensing/representations/confirm"))).asString())
                .contains("Representation confirmed");

        // the police make theirs signed in
        as(Api.staffToken(system, "police")).contentType(ContentType.JSON)
                .body(Map.of("objectives", List.of("PREVENTION_OF_CRIME_AND_DISORDER"),
                        "grounds", "Door supervisors from 22:00."))
                .when().post(Api.LICENSING + "/applications/" + id + "/authority-representations")
                .then().statusCode(201);

        // the officer sees both, with who made them; the applicant the grounds only
        as(officer).when().get(Api.LICENSING + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(2)).body("email", hasItem(email))
                .body("authority", hasItem("police"));
        as(business.token()).when().get(Api.LICENSING + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(2)).body("email", hasItem((String) null));
    }
}

package onestop.gateway.notification;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicWriter;

/** Events from the services, as their outbox relays publish them, become the inbox of the users they concern. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class NotificationsTest {

    private static final String LICENSING = "onestop.licensing.v1";
    private static final String OPPORTUNITIES = "onestop.opportunities.v1";

    @Test
    void aLicenceIssuedReachesTheBusinessInboxOnceEvenIfDeliveredTwice() {
        Accounts.BusinessUser holder = Accounts.newBusiness();
        Accounts.BusinessUser other = Accounts.newBusiness();
        UUID licence = UUID.randomUUID();
        String data = """
                {"licenceId":"%s","licenceNumber":"PL-000045","businessId":"%s","licenceTypeCode":"PREMISES_LICENCE",
                 "licenceTypeName":"Premises licence","status":"ACTIVE","issuedAt":"2026-03-01T09:00:00Z","expiresAt":"2027-03-01T09:00:00Z"}
                """.formatted(licence, holder.businessId());
        String eventId = UUID.randomUUID().toString();

        TopicWriter.send(LICENSING, licence.toString(),
                TopicWriter.event(eventId, "onestop.licensing.licence.issued", licence.toString(), data));
        TopicWriter.send(LICENSING, licence.toString(),
                TopicWriter.event(eventId, "onestop.licensing.licence.issued", licence.toString(), data));

        awaitInbox(holder.token(), 1);
        given().auth().oauth2(holder.token()).when().get("/api/me/notifications")
                .then().body("total", equalTo(1))
                .body("items[0].kind", equalTo("licence-issued"))
                .body("items[0].title", equalTo("Licence PL-000045 issued"))
                .body("items[0].body", equalTo("Your premises licence PL-000045 has been issued and is valid until 1 March 2027."))
                .body("items[0].read", equalTo(false));
        given().auth().oauth2(other.token()).when().get("/api/me/notifications").then().body("total", equalTo(0));
        // the email was queued with the notification; the relay sends it once (tests run the relay by hand)
        assertThat(Accounts.mailsTo(holder.email()))
                .extracting(Mail::getSubject).filteredOn(subject -> !subject.contains("confirm your email address"))
                .containsExactly("OneStop: Licence PL-000045 issued");
    }

    @Test
    void whereMailGoesThroughAMailServerNoMobileNumberIsTakenForTexts() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        given().auth().oauth2(user.token()).when().get("/api/me/texts").then().statusCode(200)
                .body("available", equalTo(false));
        given().auth().oauth2(user.token()).contentType(io.restassured.http.ContentType.JSON)
                .body(java.util.Map.of("mobile", "07700 900123")).when().put("/api/me/texts/mobile")
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/texts-unavailable"));
        given().auth().oauth2(user.token()).when().get("/api/me/texts").then().body("mobile", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void theUserMarksItsOwnNotificationReadButNobodyElseCan() {
        Accounts.BusinessUser owner = Accounts.newBusiness();
        Accounts.BusinessUser stranger = Accounts.newBusiness();
        UUID application = UUID.randomUUID();
        TopicWriter.send(LICENSING, application.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.licensing.application.information-requested", application.toString(), """
                        {"applicationId":"%s","reference":"LIC-2026-000123","businessId":"%s",
                         "status":"INFORMATION_REQUESTED","message":"Please upload the plan of the premises."}
                        """.formatted(application, owner.businessId())));
        String id = awaitInbox(owner.token(), 1).getString("items[0].id");

        given().auth().oauth2(stranger.token()).when().post("/api/me/notifications/" + id + "/read")
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(owner.token()).when().post("/api/me/notifications/" + id + "/read")
                .then().statusCode(200).body("read", equalTo(true));
        given().auth().oauth2(owner.token()).queryParam("unread", true).when().get("/api/me/notifications")
                .then().body("total", equalTo(0));
    }

    @Test
    void newestFirstAcrossBothServices() {
        Accounts.BusinessUser supplier = Accounts.newBusiness();
        UUID opportunity = UUID.randomUUID();
        UUID application = UUID.randomUUID();
        TopicWriter.send(LICENSING, application.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.licensing.application.status-changed", application.toString(), """
                        {"applicationId":"%s","reference":"LIC-2026-000124","businessId":"%s",
                         "status":"UNDER_REVIEW","previousStatus":"SUBMITTED"}
                        """.formatted(application, supplier.businessId())));
        awaitInbox(supplier.token(), 1);
        TopicWriter.send(OPPORTUNITIES, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.opportunities.alert.raised", opportunity.toString(), """
                        {"opportunityId":"%s","reference":"OPP-2026-000017","title":"Catering for the Commonwealth fair",
                         "businessId":"%s","savedSearchId":"%s"}
                        """.formatted(opportunity, supplier.businessId(), UUID.randomUUID())));

        awaitInbox(supplier.token(), 2);
        given().auth().oauth2(supplier.token()).when().get("/api/me/notifications")
                .then().body("items.kind", contains("opportunity-alert", "application-status-changed"))
                .body("items[0].title", equalTo("New opportunity: Catering for the Commonwealth fair"))
                .body("items[1].title", equalTo("Application LIC-2026-000124 is under review"));
    }

    @Test
    void anAwardTellsTheWinnerAndTheOtherBiddersAndAQuestionAnsweredTellsTheAsker() {
        Accounts.BusinessUser winner = Accounts.newBusiness();
        Accounts.BusinessUser loser = Accounts.newBusiness();
        UUID opportunity = UUID.randomUUID();
        UUID winningResponse = UUID.randomUUID();
        respond(opportunity, winningResponse, winner);
        respond(opportunity, UUID.randomUUID(), loser);
        TopicWriter.send(OPPORTUNITIES, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.opportunities.question.answered", opportunity.toString(), """
                        {"questionId":"%s","opportunityId":"%s","reference":"OPP-2026-000018","title":"Park cafe",
                         "askerBusinessId":"%s","published":true}
                        """.formatted(UUID.randomUUID(), opportunity, loser.businessId())));
        TopicWriter.send(OPPORTUNITIES, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.opportunities.opportunity.awarded", opportunity.toString(), """
                        {"opportunityId":"%s","reference":"OPP-2026-000018","title":"Park cafe",
                         "buyer":"Birmingham City Council","responseId":"%s","businessId":"%s",
                         "supplierName":"Winner Ltd","valuePence":1250000,"requiredLicenceTypes":[],
                         "missingLicenceTypes":[],"unsuccessfulBusinessIds":["%s"]}
                        """.formatted(opportunity, winningResponse, winner.businessId(), loser.businessId())));

        awaitInbox(winner.token(), 1);
        given().auth().oauth2(winner.token()).when().get("/api/me/notifications")
                .then().body("items.kind", contains("award-made"))
                .body("items[0].title", equalTo("You have won OPP-2026-000018"));
        awaitInbox(loser.token(), 2);
        given().auth().oauth2(loser.token()).when().get("/api/me/notifications")
                .then().body("items.kind", contains("award-lost", "question-answered"));
    }

    @Test
    void aDocumentAddedToAnOpenNoticeTellsTheSuppliersWhoRespondedAndNobodyElse() {
        Accounts.BusinessUser respondent = Accounts.newBusiness();
        Accounts.BusinessUser bystander = Accounts.newBusiness();
        UUID opportunity = UUID.randomUUID();
        TopicWriter.send(OPPORTUNITIES, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.opportunities.opportunity.document-added", opportunity.toString(), """
                        {"opportunityId":"%s","reference":"OPP-2026-000018","title":"Park cafe",
                         "buyer":"Brum Parks Trust","documentId":"%s","name":"pricing-schedule.xlsx",
                         "mediaType":"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "sizeBytes":5120,"href":"/api/opportunities/opportunities/%s/documents/x",
                         "addedAt":"2026-05-02T10:00:00Z","respondentBusinessIds":["%s"]}
                        """.formatted(opportunity, UUID.randomUUID(), opportunity, respondent.businessId())));

        awaitInbox(respondent.token(), 1);
        given().auth().oauth2(respondent.token()).when().get("/api/me/notifications")
                .then().body("items.kind", contains("document-added"))
                .body("items[0].title", equalTo("New document on OPP-2026-000018"))
                .body("items[0].link", equalTo("/opportunities/" + opportunity));
        given().auth().oauth2(bystander.token()).when().get("/api/me/notifications")
                .then().body("items", empty());
    }

    private static void respond(UUID opportunity, UUID response, Accounts.BusinessUser supplier) {
        TopicWriter.send(OPPORTUNITIES, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.opportunities.response.submitted", opportunity.toString(), """
                        {"responseId":"%s","reference":"RSP-%s","opportunityId":"%s",
                         "opportunityReference":"OPP-2026-000018","title":"Park cafe","buyer":"Brum Parks Trust",
                         "businessId":"%s","submittedAt":"2026-05-01T10:00:00Z"}
                        """.formatted(response, response.toString().substring(0, 6), opportunity,
                        supplier.businessId())));
    }

    @Test
    void aResponseToAnOrganisationsNoticeTellsItsBuyers() {
        UUID opportunity = UUID.randomUUID();
        TopicWriter.send(OPPORTUNITIES, opportunity.toString(), TopicWriter.event(UUID.randomUUID().toString(),
                "onestop.opportunities.response.submitted", opportunity.toString(), """
                        {"responseId":"%s","opportunityId":"%s","reference":"RSP-000001",
                         "opportunityReference":"OPP-2026-000019","title":"Bin lorries",
                         "buyer":"Birmingham City Council","businessId":"%s","submittedAt":"2026-05-01T10:00:00Z"}
                        """.formatted(UUID.randomUUID(), opportunity, UUID.randomUUID())));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(Accounts.buyer())
                .when().get("/api/me/notifications")
                .then().body("items.title", hasItem("New response to OPP-2026-000019")));
        given().auth().oauth2(Accounts.officer()).when().get("/api/me/notifications")
                .then().body("items.title", not(hasItem("New response to OPP-2026-000019")));
    }

    static JsonPath awaitInbox(String token, int count) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().auth().oauth2(token)
                .when().get("/api/me/notifications").then().statusCode(200).body("total", equalTo(count)));
        return given().auth().oauth2(token).when().get("/api/me/notifications").then().extract().jsonPath();
    }
}

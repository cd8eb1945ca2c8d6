package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static onestop.licensing.support.Licensing.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.testing.SampleFiles;
import onestop.platform.testing.TopicReader;

/**
 * Vary and transfer end to end. A transfer (Licensing Act 2003 s.42-44) is applied for by the business that
 * wishes to become the holder, with the current holder's consent; on grant the same licence passes to it.
 */
@LicensingTest
class TransferAndVariationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> PREMISES_DOCUMENTS = List.of("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT");

    @Inject
    TestClock clock;

    private final Business holder = Business.create();
    private final Business newcomer = Business.create();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aPremisesLicenceIsTransferredToAnotherBusinessWithTheHoldersConsent() throws Exception {
        String name = "The Transfer Arms " + UUID.randomUUID().toString().substring(0, 8);
        String licenceId = grantedPremisesLicence(Licensing.draft(holder, "PREMISES_LICENCE", Licensing.premises(name),
                premisesDetails()));
        String number = as(holder.token()).when().get(API + "/licences/" + licenceId).then().extract().path("number");

        // the business that wishes to become the holder applies, naming the licence
        String transfer = as(newcomer.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "PREMISES_LICENCE", "kind", "TRANSFER", "licenceId", licenceId,
                        "holderName", "Newcomer Taverns Ltd"))
                .when().post(API + "/applications").then().statusCode(201)
                .body("premises.name", is(name)).body("holderName", is("Newcomer Taverns Ltd"))
                .body("details.designatedPremisesSupervisor", is("Jo Bloggs"))
                .extract().path("id");
        for (String document : PREMISES_DOCUMENTS) {
            Licensing.upload(newcomer, transfer, document, SampleFiles.pdf(), document + ".pdf");
        }
        Licensing.pay(newcomer, transfer);
        as(newcomer.token()).when().post(API + "/applications/" + transfer + "/submit").then().statusCode(422)
                .body("errors.field", hasItem("holderConsent"));

        // only the holder answers; it sees who asks
        as(Business.create().token()).contentType(ContentType.JSON).body(Map.of("consent", "GIVEN"))
                .when().post(API + "/transfer-consents/" + transfer).then().statusCode(404);
        as(newcomer.token()).contentType(ContentType.JSON).body(Map.of("consent", "GIVEN"))
                .when().post(API + "/transfer-consents/" + transfer).then().statusCode(404);
        as(holder.token()).when().get(API + "/transfer-consents").then().statusCode(200)
                .body("find { it.applicationId == '" + transfer + "' }.licenceNumber", is(number))
                .body("find { it.applicationId == '" + transfer + "' }.proposedHolderName", is("Newcomer Taverns Ltd"))
                .body("find { it.applicationId == '" + transfer + "' }.holderConsent", nullValue());
        as(holder.token()).contentType(ContentType.JSON).body(Map.of("consent", "GIVEN"))
                .when().post(API + "/transfer-consents/" + transfer).then().statusCode(200)
                .body("holderConsent", is("GIVEN"));

        Licensing.submit(newcomer, transfer);
        as(holder.token()).contentType(ContentType.JSON).body(Map.of("consent", "REFUSED"))
                .when().post(API + "/transfer-consents/" + transfer).then().statusCode(409);
        decideAfterConsultation(transfer);

        // the same licence, now the newcomer's
        as(newcomer.token()).when().get(API + "/licences/" + licenceId).then().statusCode(200)
                .body("number", is(number)).body("holderName", is("Newcomer Taverns Ltd")).body("status", is("ACTIVE"));
        as(holder.token()).when().get(API + "/licences/" + licenceId).then().statusCode(404);
        as("").when().get(API + "/register/" + licenceId).then().body("holderName", is("Newcomer Taverns Ltd"));
        as(newcomer.token()).when().get(API + "/applications/" + transfer + "/timeline").then()
                .body("message", hasItem("Licence " + number + " transferred from " + name + " Ltd to Newcomer Taverns Ltd."));

        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            List<ConsumerRecord<String, String>> events = topic.await(1, r -> licenceId.equals(r.key())
                    && "onestop.licensing.licence.transferred".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            JsonNode data = JSON.readTree(events.get(0).value());
            assertThat(data.path("businessId").asText()).isEqualTo(newcomer.id().toString());
            assertThat(data.path("previousBusinessId").asText()).isEqualTo(holder.id().toString());
            assertThat(data.path("licenceNumber").asText()).isEqualTo(number);
            assertThat(data.path("licenceTypeName").asText()).isEqualTo("Premises licence"); // what people are told

            // the holder was asked for its consent when the draft was made: one event, naming the holder
            List<ConsumerRecord<String, String>> asked = topic.await(1, r -> licenceId.equals(r.key())
                    && "onestop.licensing.licence.transfer-requested".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30));
            JsonNode request = JSON.readTree(asked.get(0).value());
            assertThat(request.path("businessId").asText()).isEqualTo(holder.id().toString());
            assertThat(request.path("applicationId").asText()).isEqualTo(transfer);
            assertThat(request.path("status").asText()).isEqualTo("ACTIVE");
            assertThat(request.path("licenceTypeName").asText()).isEqualTo("Premises licence");
            assertThat(topic.records()).filteredOn(r -> licenceId.equals(r.key())
                    && "onestop.licensing.licence.transfer-requested".equals(TopicReader.header(r, "ce_type")))
                    .hasSize(1);
        }
    }

    @Test
    void aPremisesLicenceDoesNotExpireSoItIsVariedButNeverRenewed() {
        String name = "The Lasting Arms " + UUID.randomUUID().toString().substring(0, 8);
        String licenceId = grantedPremisesLicence(Licensing.draft(holder, "PREMISES_LICENCE", Licensing.premises(name),
                premisesDetails()));
        as(holder.token()).when().get(API + "/licences/" + licenceId).then().body("expiresAt", is((Object) null));

        as(holder.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "PREMISES_LICENCE", "kind", "RENEWAL", "licenceId", licenceId))
                .when().post(API + "/applications").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", is("A premises licence does not expire, so it is never renewed."))
                .body("errors[0].field", is("licenceId")).body("errors[0].code", is(Drafts.NOT_RENEWABLE));
        as(holder.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "PREMISES_LICENCE", "kind", "VARIATION", "licenceId", licenceId))
                .when().post(API + "/applications").then().statusCode(201).body("premises.name", is(name));
    }

    @Test
    void aLicenceOfAnIndividualCannotBeTransferred() {
        String licenceId = Licensing.grant(Licensing.submittedPrivateHireDriver(holder, "Sam Driver"));
        as(newcomer.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "PRIVATE_HIRE_DRIVER", "kind", "TRANSFER", "licenceId", licenceId))
                .when().post(API + "/applications").then().statusCode(422).body("errors[0].field", is("licenceId"));
    }

    @Test
    void aVariationReplacesTheLicenceWithTheVariedOne() {
        String licenceId = Licensing.grantedStreetWorks(holder, "Varied works", List.of("Work 9am to 4pm"));
        String variation = as(holder.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "VARIATION", "licenceId", licenceId,
                        "details", Map.of("street", "Corporation Street", "worksDescription", "Replace a gas main",
                                "startDate", "2026-12-01", "endDate", "2027-01-31")))
                .when().post(API + "/applications").then().statusCode(201)
                .body("premises.name", is("Varied works")).body("licenceId", is(licenceId)).extract().path("id");
        Licensing.upload(holder, variation, "TRAFFIC_MANAGEMENT_PLAN", SampleFiles.pdf(), "tmp.pdf");
        Licensing.pay(holder, variation);
        Licensing.submit(holder, variation);
        String varied = Licensing.grant(variation);

        assertThat(varied).isNotEqualTo(licenceId);
        as(holder.token()).when().get(API + "/licences/" + varied).then().body("status", is("ACTIVE"))
                .body("details.endDate", is("2027-01-31"));
        as(holder.token()).when().get(API + "/licences/" + licenceId).then().body("status", is("SURRENDERED"));
        // another business cannot vary it
        as(newcomer.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "VARIATION", "licenceId", varied))
                .when().post(API + "/applications").then().statusCode(422)
                .body("errors.field", hasItem("licenceId")).body("errors.field", not(hasItem("premises")));
    }

    private String grantedPremisesLicence(String id) {
        for (String document : PREMISES_DOCUMENTS) {
            Licensing.upload(holder, id, document, SampleFiles.pdf(), document + ".pdf");
        }
        Licensing.pay(holder, id);
        Licensing.submit(holder, id);
        return decideAfterConsultation(id);
    }

    /** Validates, lets the 28 days of consultation pass, and grants: answers the licence id. */
    private String decideAfterConsultation(String id) {
        String ends = as(officer()).when().post(API + "/applications/" + id + "/validate").then().statusCode(200)
                .extract().path("consultationEndsAt");
        clock.set(Instant.parse(ends).plusSeconds(60));
        String licence = as(officer()).contentType(ContentType.JSON).header("If-Match", Licensing.etag(officer(), id))
                .body(Map.of("outcome", "GRANT", "conditions", List.of()))
                .when().post(API + "/applications/" + id + "/decision")
                .then().statusCode(200).extract().path("issuedLicenceId");
        clock.reset();
        return licence;
    }

    private static Map<String, Object> premisesDetails() {
        return Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL"),
                "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "11:00", "closes", "23:00")),
                "designatedPremisesSupervisor", "Jo Bloggs");
    }
}

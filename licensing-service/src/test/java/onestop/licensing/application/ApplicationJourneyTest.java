package onestop.licensing.application;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static onestop.licensing.support.Licensing.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.platform.testing.SampleFiles;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.testing.TopicReader;

/** Issue 3's acceptance: a premises licence from draft to surrender, as the business and the officer see it. */
@LicensingTest
class ApplicationJourneyTest {

    @Inject
    TestClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aPremisesLicenceFromDraftToSurrender() throws Exception {
        Business business = Business.create();
        String officer = officer();
        String name = "The Jewellery Quarter Tap " + UUID.randomUUID().toString().substring(0, 8);

        // a draft, saved half finished
        var created = as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "PREMISES_LICENCE", "kind", "NEW",
                        "premises", Map.of("name", name, "addressLine1", "12 Vyse Street", "town", "Birmingham"),
                        "details", Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL"))))
                .when().post(API + "/applications")
                .then().statusCode(201)
                .header("Location", containsString("/api/licensing/applications/"))
                .header("ETag", "\"0\"")
                .body("status", is("DRAFT"))
                .body("reference", startsWith("LIC-"))
                .body("feePence", is(19000))
                .body("allowedActions", hasItems("EDIT", "UPLOAD_DOCUMENT", "PAY", "SUBMIT", "WITHDRAW"))
                .extract();
        String id = created.path("id");
        String reference = created.path("reference");
        String application = API + "/applications/" + id;

        // submitting it now lists everything that is missing
        as(business.token()).when().post(application + "/submit")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItems("premises.postcode", "details.openingHours",
                        "details.designatedPremisesSupervisor", "documents.PREMISES_PLAN", "documents.DPS_CONSENT",
                        "documents.NEWSPAPER_ADVERT", "fee"))
                .body("errors.field", not(hasItem("details.licensableActivities")))
                .body("errors.find { it.field == 'documents.PREMISES_PLAN' }.code", is("required"))
                .body("errors.find { it.field == 'fee' }.code", is("required"));

        // editing needs the version last read
        Map<String, Object> completion = Map.of(
                "premises", Map.of("name", name, "addressLine1", "12 Vyse Street", "town", "Birmingham",
                        "postcode", "B18 6LE"),
                "details", Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL", "REGULATED_ENTERTAINMENT"),
                        "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "12:00", "closes", "23:30")),
                        "designatedPremisesSupervisor", "Amrit Kaur"));
        as(business.token()).contentType(ContentType.JSON).body(completion)
                .when().patch(application).then().statusCode(428).contentType("application/problem+json");
        as(business.token()).contentType(ContentType.JSON).body(completion).header("If-Match", "\"0\"")
                .when().patch(application).then().statusCode(200)
                .header("ETag", "\"1\"").body("premises.postcode", is("B18 6LE"));

        // documents, checked by content, listed and downloadable
        Licensing.upload(business, id, "PREMISES_PLAN", SampleFiles.pdf(), "plan.pdf");
        Licensing.upload(business, id, "DPS_CONSENT", SampleFiles.png(), "consent.png");
        Licensing.upload(business, id, "NEWSPAPER_ADVERT", SampleFiles.jpeg(), "advert.jpg");
        var documents = as(business.token()).when().get(application + "/documents")
                .then().statusCode(200)
                .body("type", contains("PREMISES_PLAN", "DPS_CONSENT", "NEWSPAPER_ADVERT"))
                .body("mediaType", contains("application/pdf", "image/png", "image/jpeg"))
                .extract();
        byte[] plan = as(officer).when().get(application + "/documents/" + documents.path("[0].id"))
                .then().statusCode(200).contentType("application/pdf")
                .header("Content-Disposition", containsString("plan.pdf"))
                .extract().asByteArray();
        assertThat(plan).isEqualTo(SampleFiles.pdf());

        // the fee, once
        as(business.token()).when().post(application + "/payment")
                .then().statusCode(201).body("state", is("created")).body("nextUrl", startsWith("https://"))
                .body("amountPence", is(19000)).body("paid", is(false));
        as(business.token()).when().get(application + "/payment").then().statusCode(200).body("paid", is(true));
        as(business.token()).when().post(application + "/payment")
                .then().statusCode(409).contentType("application/problem+json");

        // submitted: the clock starts
        Licensing.submit(business, id).path("dueDate");
        as(business.token()).when().get(application)
                .then().body("status", is("SUBMITTED")).body("dueDate", notNullValue())
                .body("allowedActions", contains("WITHDRAW"));

        // the officer finds it in the queue, takes it, and asks for more
        as(officer).queryParam("licenceTypeCode", "PREMISES_LICENCE").queryParam("q", reference)
                .when().get(API + "/applications")
                .then().statusCode(200).body("total", is(1)).body("items[0].id", is(id))
                .body("items[0].allowedActions", hasItems("ASSIGN", "REQUEST_INFORMATION", "VALIDATE"));
        as(officer).contentType(ContentType.JSON).body(Map.of("officer", "officer@onestop.local"))
                .when().post(application + "/assign").then().statusCode(200)
                .body("assignedTo", is("officer@onestop.local"));
        as(officer).queryParam("assignedTo", "officer@onestop.local").when().get(API + "/applications")
                .then().statusCode(200).body("items.id", hasItem(id));
        as(officer).contentType(ContentType.JSON)
                .body(Map.of("message", "Please give the maximum capacity of the premises."))
                .when().post(application + "/request-information")
                .then().statusCode(200).body("status", is("INFORMATION_REQUESTED"));

        // the business answers and resubmits
        String etag = as(business.token()).when().get(application).then()
                .body("status", is("INFORMATION_REQUESTED"))
                .body("allowedActions", hasItems("EDIT", "RESUBMIT"))
                .extract().header("ETag");
        Map<String, Object> details = Map.of("licensableActivities", List.of("SALE_OF_ALCOHOL"),
                "openingHours", List.of(Map.of("day", "FRIDAY", "opens", "12:00", "closes", "23:30")),
                "designatedPremisesSupervisor", "Amrit Kaur", "capacity", 120);
        as(business.token()).contentType(ContentType.JSON).header("If-Match", etag).body(Map.of("details", details))
                .when().patch(application).then().statusCode(200).body("details.capacity", is(120));
        as(business.token()).when().post(application + "/resubmit")
                .then().statusCode(200).body("status", is("SUBMITTED"));

        // validated into the 28-day consultation; the police make a representation
        as(officer).when().post(application + "/validate")
                .then().statusCode(200).body("status", is("IN_CONSULTATION"))
                .body("consultationEndsAt", notNullValue());
        String police = as(officer).contentType(ContentType.JSON)
                .body(Map.of("from", "West Midlands Police", "category", "RESPONSIBLE_AUTHORITY",
                        "grounds", "Crime and disorder: request CCTV at the entrance."))
                .when().post(application + "/representations")
                .then().statusCode(201).body("category", is("RESPONSIBLE_AUTHORITY")).extract().path("id");

        // no decision before the consultation ends
        String beforeDecision = Licensing.etag(officer, id);
        Map<String, Object> grant = Map.of("outcome", "GRANT",
                "conditions", List.of("CCTV covering the entrance, kept for 31 days", "No entry after 23:00"),
                "reasons", "The police's conditions, agreed by the applicant, promote the prevention of crime.");
        as(officer).contentType(ContentType.JSON).header("If-Match", beforeDecision).body(grant)
                .when().post(application + "/decision")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("consultation"));

        clock.advance(Duration.ofDays(29));

        // the police's representation is relevant; the applicant accepts their conditions, so all parties agree a
        // hearing is unnecessary (Hearings Regulations 2005 reg 9)
        as(officer).contentType(ContentType.JSON).body(Map.of("determination", "RELEVANT"))
                .when().put(application + "/representations/" + police + "/determination")
                .then().statusCode(200).body("determination", is("RELEVANT"));
        as(officer).contentType(ContentType.JSON)
                .body(Map.of("reasons", "The applicant accepted the police's conditions; both agreed in writing."))
                .when().post(application + "/hearing/dispensation")
                .then().statusCode(201).body("status", is("DISPENSED"));

        // two officers can't both decide: a stale version is refused, and so is none
        as(officer).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(grant)
                .when().post(application + "/decision").then().statusCode(412).contentType("application/problem+json");
        as(officer).contentType(ContentType.JSON).body(grant)
                .when().post(application + "/decision").then().statusCode(428);
        String licenceId = as(officer).contentType(ContentType.JSON).header("If-Match", beforeDecision).body(grant)
                .when().post(application + "/decision")
                .then().statusCode(200).body("status", is("GRANTED")).body("outcome", is("GRANT"))
                .extract().path("issuedLicenceId");
        assertThat(licenceId).isNotNull();

        // the holder sees the licence
        String number = as(business.token()).when().get(API + "/licences/" + licenceId)
                .then().statusCode(200)
                .body("number", startsWith("PL-"))
                .body("status", is("ACTIVE"))
                .body("conditions", contains("CCTV covering the entrance, kept for 31 days", "No entry after 23:00"))
                .body("expiresAt", nullValue())
                .body("issuedAt", notNullValue())
                .body("premises.name", is(name))
                .extract().path("number");
        as(business.token()).when().get(API + "/licences")
                .then().statusCode(200).body("total", is(1)).body("items[0].number", is(number));

        // and so does the public, without personal data
        as("").given().queryParam("q", name.substring(name.length() - 8)).queryParam("postcode", "b18")
                .when().get(API + "/register")
                .then().statusCode(200).body("total", is(1))
                .body("items[0].licenceNumber", is(number))
                .body("items[0].licenceTypeName", is("Premises licence"))
                .body("items[0].holderName", is(name))
                .body("items[0].conditions.size()", is(2))
                .body("items[0]", not(hasKey("businessId")));
        as("").when().get(API + "/register/" + licenceId)
                .then().statusCode(200).body("licenceNumber", is(number)).body("premises.name", is(name))
                .body("$", not(hasKey("businessId")));

        // suspended, reinstated, surrendered
        as(officer).contentType(ContentType.JSON).body(Map.of("reason", "Breach of condition 2 on 3 December"))
                .when().post(API + "/licences/" + licenceId + "/suspend")
                .then().statusCode(200).body("status", is("SUSPENDED"));
        as("").given().queryParam("q", number).when().get(API + "/register")
                .then().body("items[0].status", is("SUSPENDED"));
        as(officer).contentType(ContentType.JSON).body(Map.of("reason", "Door staff now in place"))
                .when().post(API + "/licences/" + licenceId + "/reinstate")
                .then().statusCode(200).body("status", is("ACTIVE"));
        as(business.token()).when().post(API + "/licences/" + licenceId + "/surrender")
                .then().statusCode(200).body("status", is("SURRENDERED")).body("allowedActions.size()", is(0));
        // a surrendered licence stays on the register, as surrendered (s.8)
        as("").given().queryParam("q", number).when().get(API + "/register").then().body("total", is(1))
                .body("items[0].status", is("SURRENDERED"));
        as("").when().get(API + "/register/" + licenceId).then().statusCode(200).body("status", is("SURRENDERED"));

        // the applicant reads the whole story
        as(business.token()).when().get(application + "/timeline")
                .then().statusCode(200)
                .body("to", hasItems("DRAFT", "SUBMITTED", "INFORMATION_REQUESTED", "IN_CONSULTATION", "GRANTED",
                        "LICENCE_SUSPENDED", "LICENCE_ACTIVE", "LICENCE_SURRENDERED"))
                .body("message", hasItem("Please give the maximum capacity of the premises."))
                .body("message", hasItem(containsString("West Midlands Police")))
                .body("find { it.to == 'GRANTED' }.actorRole", is("licensing-officer"))
                .body("find { it.to == 'GRANTED' }.message", containsString(number));

        // and other services hear about it, in order, keyed by the application or the licence
        ObjectMapper json = new ObjectMapper();
        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            List<ConsumerRecord<String, String>> applicationEvents = topic.await(7, r -> id.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(applicationEvents).extracting(r -> TopicReader.header(r, "ce_type")).containsSubsequence(
                    "onestop.licensing.application.submitted",
                    "onestop.licensing.application.information-requested",
                    "onestop.licensing.application.decided");
            assertThat(applicationEvents).extracting(r -> TopicReader.header(r, "ce_type"))
                    .contains("onestop.licensing.application.status-changed");
            List<ConsumerRecord<String, String>> licenceEvents = topic.await(4, r -> licenceId.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(licenceEvents).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                    "onestop.licensing.licence.issued", "onestop.licensing.licence.suspended",
                    "onestop.licensing.licence.reinstated", "onestop.licensing.licence.surrendered");
            JsonNode issued = json.readTree(licenceEvents.get(0).value());
            assertThat(issued.path("licenceNumber").asText()).isEqualTo(number);
            assertThat(issued.path("businessId").asText()).isEqualTo(business.id().toString());
            assertThat(issued.path("licenceTypeCode").asText()).isEqualTo("PREMISES_LICENCE");
            assertThat(issued.path("status").asText()).isEqualTo("ACTIVE");
            JsonNode decided = json.readTree(applicationEvents.stream()
                    .filter(TopicReader.ofType("onestop.licensing.application.decided")).findFirst().orElseThrow()
                    .value());
            assertThat(decided.path("reference").asText()).isEqualTo(reference);
            assertThat(decided.path("outcome").asText()).isEqualTo("GRANT");
            assertThat(decided.path("licenceTypeName").asText()).isEqualTo("Premises licence");
            assertThat(decided.path("licenceId").asText()).isEqualTo(licenceId);
            Set<String> sources = applicationEvents.stream().map(r -> TopicReader.header(r, "ce_source"))
                    .collect(Collectors.toSet());
            assertThat(sources).containsExactly("/onestop/licensing");
        }
    }
}

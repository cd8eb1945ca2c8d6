package onestop.licensing.licence;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.testing.SampleFiles;
import onestop.platform.testing.TopicReader;

/** Renewal reminders 60 and 14 days before expiry (once each), expiry, renewal and revocation. */
@LicensingTest
class LicenceLifecycleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    TestClock clock;

    @Inject
    RenewalReminderJob reminders;

    @Inject
    LicenceExpiryJob expiry;

    private final Business business = Business.create();

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void remindedTwiceThenExpired() throws Exception {
        String licenceId = Licensing.grantedStreetWorks(business, "Expiring works", List.of("Works 09:30-16:00"));
        Instant expiresAt = Instant.parse(as(business.token()).when().get(API + "/licences/" + licenceId)
                .then().statusCode(200).extract().path("expiresAt"));

        clock.set(expiresAt.minus(Duration.ofDays(59)));
        reminders.run();
        reminders.run();
        clock.set(expiresAt.minus(Duration.ofDays(13)));
        reminders.run();
        reminders.run();
        as(business.token()).queryParam("expiringWithinDays", 14).when().get(API + "/licences")
                .then().body("items.id", org.hamcrest.Matchers.hasItem(licenceId));

        clock.set(expiresAt.plusSeconds(1));
        expiry.run();
        expiry.run();
        as(business.token()).when().get(API + "/licences/" + licenceId).then().body("status", is("EXPIRED"));
        as("").given().queryParam("q", "Expiring works").queryParam("status", "EXPIRED").when().get(API + "/register")
                .then().body("items.id", org.hamcrest.Matchers.hasItem(licenceId));
        as("").given().queryParam("q", "Expiring works").queryParam("status", "ACTIVE").when().get(API + "/register")
                .then().body("items.id", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(licenceId)));

        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            List<ConsumerRecord<String, String>> events = topic.await(4, r -> licenceId.equals(r.key()),
                    Duration.ofSeconds(30));
            assertThat(events).extracting(r -> TopicReader.header(r, "ce_type")).containsExactly(
                    "onestop.licensing.licence.issued", "onestop.licensing.licence.renewal-due",
                    "onestop.licensing.licence.renewal-due", "onestop.licensing.licence.expired");
            assertThat(JSON.readTree(events.get(1).value()).path("daysBeforeExpiry").asInt()).isEqualTo(60);
            assertThat(JSON.readTree(events.get(2).value()).path("daysBeforeExpiry").asInt()).isEqualTo(14);
            assertThat(JSON.readTree(events.get(3).value()).has("renewedBy")).as("no renewal").isFalse();
        }
    }

    @Test
    void aRenewalIsPrefilledFromTheLicenceAndCarriesOnFromItsExpiry() throws Exception {
        String licenceId = Licensing.grantedStreetWorks(business, "Renewed works", List.of());
        Instant oldExpiry = Instant.parse(as(business.token()).when().get(API + "/licences/" + licenceId)
                .then().extract().path("expiresAt"));

        String renewal = as(business.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "RENEWAL", "licenceId", licenceId))
                .when().post(API + "/applications")
                .then().statusCode(201)
                .body("kind", is("RENEWAL"))
                .body("premises.name", is("Renewed works"))
                .body("details.street", is("Corporation Street"))
                .extract().path("id");
        assertThat(renewal).isNotNull();

        Business stranger = Business.create();
        as(stranger.token()).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "STREET_WORKS_PERMIT", "kind", "RENEWAL", "licenceId", licenceId))
                .when().post(API + "/applications")
                .then().statusCode(422).body("errors[0].field", is("licenceId"));

        String officer = Licensing.officer();
        String application = API + "/applications/" + renewal;
        as(business.token()).multiPart("file", "tmp.pdf", SampleFiles.pdf())
                .queryParam("type", "TRAFFIC_MANAGEMENT_PLAN").when().post(application + "/documents")
                .then().statusCode(201);
        Licensing.pay(business, renewal);
        Licensing.submit(business, renewal);
        as(officer).when().post(application + "/validate").then().statusCode(200).body("status", is("UNDER_REVIEW"));
        String newLicence = as(officer).contentType(ContentType.JSON).header("If-Match", Licensing.etag(officer, renewal))
                .body(Map.of("outcome", "GRANT")).when().post(application + "/decision")
                .then().statusCode(200).extract().path("issuedLicenceId");
        String newNumber = as(business.token()).when().get(API + "/licences/" + newLicence).then().extract()
                .path("number");
        Instant newExpiry = Instant.parse(as(business.token()).when().get(API + "/licences/" + newLicence)
                .then().body("number", startsWith("SWP-")).extract().path("expiresAt"));
        assertThat(newExpiry).isAfter(oldExpiry.plus(Duration.ofDays(80)));

        // the old licence ends on its day, naming the renewal that carries on: its holder is not told it ran out
        clock.set(oldExpiry.plusSeconds(1));
        expiry.run();
        as(business.token()).when().get(API + "/licences/" + licenceId).then().body("status", is("EXPIRED"));
        as(business.token()).when().get(API + "/licences/" + newLicence).then().body("status", is("ACTIVE"));
        try (TopicReader topic = TopicReader.fromStart("onestop.licensing.v1")) {
            ConsumerRecord<String, String> expired = topic.await(1, r -> licenceId.equals(r.key())
                    && "onestop.licensing.licence.expired".equals(TopicReader.header(r, "ce_type")),
                    Duration.ofSeconds(30)).get(0);
            assertThat(JSON.readTree(expired.value()).path("renewedBy").asText()).isEqualTo(newNumber);
        }
    }

    @Test
    void anOfficerRevokesWithAReasonAndARefusalIssuesNothing() {
        String licenceId = Licensing.grantedStreetWorks(business, "Revoked works", List.of());
        String officer = Licensing.officer();
        as(officer).contentType(ContentType.JSON).body(Map.of())
                .when().post(API + "/licences/" + licenceId + "/revoke").then().statusCode(400);
        as(officer).contentType(ContentType.JSON).body(Map.of("reason", "Works left unsafe"))
                .when().post(API + "/licences/" + licenceId + "/revoke").then().statusCode(200)
                .body("status", is("REVOKED")).body("statusReason", is("Works left unsafe"));
        as(officer).contentType(ContentType.JSON).body(Map.of("reason", "Changed my mind"))
                .when().post(API + "/licences/" + licenceId + "/reinstate").then().statusCode(409);

        String refused = Licensing.submittedStreetWorks(business, "Refused works");
        as(officer).when().post(API + "/applications/" + refused + "/validate").then().statusCode(200);
        as(officer).contentType(ContentType.JSON).header("If-Match", Licensing.etag(officer, refused))
                .body(Map.of("outcome", "REFUSE", "reasons", "The road is closed for the Commonwealth Games"))
                .when().post(API + "/applications/" + refused + "/decision")
                .then().statusCode(200).body("status", is("REFUSED")).body("issuedLicenceId", is((Object) null));
    }
}

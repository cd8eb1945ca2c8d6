package onestop.licensing.consultation;

import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.mail.MailRelay;
import onestop.platform.testing.TestTokens;

@LicensingTest
class PublicRepresentationTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    TestClock clock;

    @Inject
    MailRelay relay;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void reset() {
        clock.reset();
        relay.relay();
        mailbox.clear();
    }

    @Test
    void aResidentFindsAConsultationRepresentsAndCountsOnlyOnceTheEmailIsConfirmed() {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Crown " + UUID.randomUUID(), "b1 1bb");

        // found in public by its sector, never by the district next door, with what is applied for
        given().queryParam("postcode", "B1 1").queryParam("size", 100).when().get(API + "/consultations")
                .then().statusCode(200)
                .body("items.applicationId", hasItem(id))
                .body("items.find { it.applicationId == '" + id + "' }.licensableActivities", hasItem("SALE_OF_ALCOHOL"))
                .body("items.find { it.applicationId == '" + id + "' }.openingHours[0].closes", is("23:30"))
                .body("items.find { it.applicationId == '" + id + "' }.representationsUntil", not(nullValue()))
                .body("items.premises.postcode", everyItem(containsString("1")));
        given().queryParam("postcode", "B12").queryParam("size", 100).when().get(API + "/consultations")
                .then().statusCode(200).body("items.applicationId", not(hasItem(id)));
        given().queryParam("postcode", "B1").queryParam("licenceTypeCode", "PREMISES_LICENCE")
                .queryParam("size", 100).when().get(API + "/consultations")
                .then().statusCode(200).body("items.applicationId", hasItem(id));
        given().when().get(API + "/consultations/" + id).then().statusCode(200)
                .body("reference", not(nullValue())).body("premises.postcode", is("b1 1bb"))
                .body("$", not(org.hamcrest.Matchers.hasKey("holderName")));

        // a representation from a resident: 202, and nothing counts yet
        String email = "resident-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON).body(representation(email))
                .when().post(API + "/consultations/" + id + "/representations")
                .then().statusCode(202).body("message", containsString("email"));
        as(Licensing.officer()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(0));

        // the emailed link confirms it, once
        String token = emailedToken(email);
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post(API + "/representation-confirmations")
                .then().statusCode(200).body("applicationId", is(id));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post(API + "/representation-confirmations").then().statusCode(200);

        // the officer sees who made it; the applicant the grounds only; the timeline never names the resident
        as(Licensing.officer()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].from", is("Jo Resident")).body("[0].email", is(email))
                .body("[0].address", is("3 Broad Street, Birmingham B1 1BB")).body("[0].category", is("PUBLIC"))
                .body("[0].objectives", hasItem("PREVENTION_OF_PUBLIC_NUISANCE"));
        as(business.token()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(1))
                .body("[0].grounds", containsString("Music until 23:30")).body("[0].from", nullValue())
                .body("[0].email", nullValue()).body("[0].address", nullValue())
                .body("[0].objectives", hasItem("PREVENTION_OF_PUBLIC_NUISANCE"));
        String timeline = as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().statusCode(200).extract().asString();
        assertThat(timeline).contains("Music until 23:30").doesNotContain("Jo Resident").doesNotContain(email);

        // another business, a buyer, no one signed in: not theirs
        as(Business.create().token()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(404);
        as(TestTokens.buyer("Council")).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(403);
        given().when().get(API + "/applications/" + id + "/representations").then().statusCode(401);
    }

    @Test
    void aBadOrExpiredLinkIsAClearRefusalAndAnUnconfirmedRepresentationNeverCounts() {
        String id = Licensing.premisesInConsultation(Business.create(), "The Anchor", "B1 1BB");
        String email = "resident-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON).body(representation(email))
                .when().post(API + "/consultations/" + id + "/representations").then().statusCode(202);
        String token = emailedToken(email);

        given().contentType(ContentType.JSON).body(Map.of("token", "not-a-token"))
                .when().post(API + "/representation-confirmations")
                .then().statusCode(404).contentType("application/problem+json").body("errors[0].field", is("token"));

        clock.advance(Duration.ofDays(8));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post(API + "/representation-confirmations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", is("token")).body("detail", containsString("expired"));
        as(Licensing.officer()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(0));
    }

    @Test
    void afterTheConsultationEndsRepresentationsAreRefused() {
        String id = Licensing.premisesInConsultation(Business.create(), "The Swan", "B1 1BB");
        String early = "early-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON).body(representation(early))
                .when().post(API + "/consultations/" + id + "/representations").then().statusCode(202);
        String token = emailedToken(early);

        clock.advance(Duration.ofDays(29));
        given().contentType(ContentType.JSON).body(representation("late-" + UUID.randomUUID() + "@example.org"))
                .when().post(API + "/consultations/" + id + "/representations")
                .then().statusCode(422).contentType("application/problem+json")
                .body("detail", containsString("ended"));
        // a link not used in time no longer counts either
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post(API + "/representation-confirmations").then().statusCode(422);
        given().queryParam("size", 100).when().get(API + "/consultations")
                .then().statusCode(200).body("items.applicationId", not(hasItem(id)));
    }

    @Test
    void badInputNamesTheFields() {
        String id = Licensing.premisesInConsultation(Business.create(), "The Bell", "B1 1BB");
        given().contentType(ContentType.JSON)
                .body(Map.of("name", "", "email", "not-an-email", "address", "1 Road", "objectives", List.of(),
                        "grounds", "Noise"))
                .when().post(API + "/consultations/" + id + "/representations")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(containsString("name")))
                .body("errors.field", hasItem(containsString("email")))
                .body("errors.field", hasItem(containsString("objectives")));
        given().queryParam("postcode", "Birmingham").when().get(API + "/consultations")
                .then().statusCode(400).body("errors[0].field", is("postcode"));
        given().contentType(ContentType.JSON).body(representation("x@example.org"))
                .when().post(API + "/consultations/" + UUID.randomUUID() + "/representations").then().statusCode(404);
    }

    private static Map<String, Object> representation(String email) {
        return Map.of("name", "Jo Resident", "email", email, "address", "3 Broad Street, Birmingham B1 1BB",
                "objectives", List.of("PREVENTION_OF_PUBLIC_NUISANCE"),
                "grounds", "Music until 23:30 on Fridays will keep the street awake.");
    }

    private String emailedToken(String email) {
        relay.relay();
        var mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        Matcher m = TOKEN.matcher(mails.get(0).getText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

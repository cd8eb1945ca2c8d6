package onestop.licensing.application;

import static io.restassured.RestAssured.given;
import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.security.Roles;
import onestop.platform.testing.TestTokens;

@LicensingTest
class AuthorityRepresentationTest {

    @Inject
    TestClock clock;

    @BeforeEach
    void reset() {
        clock.reset();
    }

    @Test
    void thePoliceRepresentSignedInAndEachPartySeesWhatItMay() {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Vine", "B1 2HF");
        String police = staff("pc-smith", Roles.POLICE);
        String environmentalHealth = staff("ehp-jones", Roles.ENVIRONMENTAL_HEALTH);

        as(police).contentType(ContentType.JSON)
                .body(Map.of("objectives", List.of("PREVENTION_OF_CRIME_AND_DISORDER"),
                        "grounds", "CCTV at the entrance, kept for 31 days."))
                .when().post(API + "/applications/" + id + "/authority-representations")
                .then().statusCode(201).body("category", is("RESPONSIBLE_AUTHORITY"))
                .body("authority", is("police")).body("from", is("Police"));
        // the officer-recorded route keeps working beside it
        as(Licensing.officer()).contentType(ContentType.JSON)
                .body(Map.of("from", "A resident by letter", "category", "PUBLIC", "grounds", "Noise at night."))
                .when().post(API + "/applications/" + id + "/representations").then().statusCode(201);

        as(Licensing.officer()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(2)).body("from", hasItem("A resident by letter"));
        as(police).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(1)).body("[0].recordedBy", is("pc-smith"));
        as(environmentalHealth).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(0));
        as(business.token()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("$", hasSize(2))
                // the applicant reads the authority's name (a party to any hearing), never the resident's
                .body("find { it.category == 'RESPONSIBLE_AUTHORITY' }.from", is("Police"))
                .body("find { it.category == 'PUBLIC' }.from", nullValue())
                .body("email", everyNull()).body("address", everyNull()).body("recordedBy", everyNull())
                .body("grounds", hasItem(containsString("CCTV")));
        as(business.token()).when().get(API + "/applications/" + id + "/timeline")
                .then().body("message", hasItem(containsString("Representation from Police")));
    }

    @Test
    void objectivesAreRequiredAndTheConsultationMustRun() {
        String id = Licensing.premisesInConsultation(Business.create(), "The Oak", "B1 2HF");
        String fire = staff("fire-1", Roles.FIRE);
        as(fire).contentType(ContentType.JSON).body(Map.of("objectives", List.of(), "grounds", "Exits"))
                .when().post(API + "/applications/" + id + "/authority-representations")
                .then().statusCode(400).body("errors.field", hasItem(containsString("objectives")));
        // a business or an officer cannot make one as an authority
        as(Licensing.officer()).contentType(ContentType.JSON)
                .body(Map.of("objectives", List.of("PUBLIC_SAFETY"), "grounds", "Exits"))
                .when().post(API + "/applications/" + id + "/authority-representations").then().statusCode(403);

        clock.advance(Duration.ofDays(29));
        as(fire).contentType(ContentType.JSON).body(Map.of("objectives", List.of("PUBLIC_SAFETY"), "grounds", "Exits"))
                .when().post(API + "/applications/" + id + "/authority-representations")
                .then().statusCode(422).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("objectives", List.of("PUBLIC_SAFETY"), "grounds", "Exits"))
                .when().post(API + "/applications/" + id + "/authority-representations").then().statusCode(401);
    }

    private static org.hamcrest.Matcher<Iterable<? extends Object>> everyNull() {
        return org.hamcrest.Matchers.everyItem(nullValue());
    }

    private static String staff(String subject, String role) {
        return TestTokens.sign(TestTokens.claims(subject, Set.of(role)));
    }
}

package onestop.licensing.application;

import static io.restassured.RestAssured.given;
import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static onestop.licensing.support.Licensing.decide;
import static onestop.licensing.support.Licensing.determine;
import static onestop.licensing.support.Licensing.officer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.MockMailbox;
import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;
import onestop.licensing.support.Licensing;
import onestop.licensing.support.Licensing.Business;
import onestop.licensing.support.TestClock;
import onestop.platform.mail.MailRelay;
import onestop.platform.security.Roles;
import onestop.platform.testing.TestTokens;

/**
 * Every party to a hearing is written to: a resident at the email they confirmed, the police at the sign-in email
 * of the officer who made their representation; both get the notice of the hearing and the decision with its
 * conditions and the last day to appeal (21 days beginning with the day of the decision: 14 July + 20).
 */
@LicensingTest
class HearingPartiesTest {

    private static final Pattern TOKEN = Pattern.compile("token=([A-Za-z0-9_-]+)");

    @Inject
    TestClock clock;

    @Inject
    MailRelay relay;

    @Inject
    MockMailbox mailbox;

    @BeforeEach
    void firstOfJune() {
        clock.set(Instant.parse("2027-06-01T08:00:00Z"));
        relay.relay();
        mailbox.clear();
    }

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void theResidentAndThePoliceAreEmailedTheNoticeAndTheDecision() {
        Business business = Business.create();
        String id = Licensing.premisesInConsultation(business, "The Floodgate " + UUID.randomUUID(), "B5 5SL");
        String resident = "resident-" + UUID.randomUUID() + "@example.org";
        String police = "pc-" + UUID.randomUUID() + "@police.example";

        given().contentType(ContentType.JSON)
                .body(Map.of("name", "Jo Resident", "email", resident, "address", "3 Floodgate Street, B5 5SL",
                        "objectives", List.of("PREVENTION_OF_PUBLIC_NUISANCE"), "grounds", "Music until late."))
                .when().post(API + "/consultations/" + id + "/representations").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("token", emailedToken(resident)))
                .when().post(API + "/representation-confirmations").then().statusCode(200);
        String policeToken = TestTokens.sign(TestTokens.claims(police, Set.of(Roles.POLICE)));
        String fromPolice = as(policeToken).contentType(ContentType.JSON)
                .body(Map.of("objectives", List.of("PREVENTION_OF_CRIME_AND_DISORDER"), "grounds", "Late closing."))
                .when().post(API + "/applications/" + id + "/authority-representations")
                .then().statusCode(201).extract().path("id");
        // the police officer's email is the officer's to see, not the applicant's
        as(business.token()).when().get(API + "/applications/" + id + "/representations").then().statusCode(200)
                .body("find { it.id == '" + fromPolice + "' }.email", nullValue());
        String fromResident = as(officer()).when().get(API + "/applications/" + id + "/representations")
                .then().statusCode(200).body("find { it.id == '" + fromPolice + "' }.email", is(police))
                .extract().path("find { it.category == 'PUBLIC' }.id");

        clock.set(Instant.parse("2027-06-30T08:00:00Z"));
        determine(id, fromResident, "RELEVANT", null).response().then().statusCode(200);
        determine(id, fromPolice, "RELEVANT", null).response().then().statusCode(200);
        as(officer()).contentType(ContentType.JSON)
                .body(Map.of("date", "2027-07-14", "time", "10:00", "place", "Council House, Committee Room 2"))
                .when().post(API + "/applications/" + id + "/hearing").then().statusCode(201);
        relay.relay();
        for (String party : List.of(resident, police)) {
            assertThat(mailbox.getMailsSentTo(party)).extracting(Mail::getSubject)
                    .anyMatch(subject -> subject.startsWith("Hearing on licence application"));
        }

        clock.set(Instant.parse("2027-07-14T11:00:00Z"));
        decide(id, Map.of("outcome", "GRANT_WITH_MODIFIED_CONDITIONS", "conditions", List.of("Last entry 23:00"),
                "reasons", "The conditions heard at the hearing prevent crime and disorder."))
                .response().then().statusCode(200).body("appealDeadline", is("2027-08-03"));
        relay.relay();
        for (String party : List.of(resident, police)) {
            assertThat(mailbox.getMailsSentTo(party))
                    .filteredOn(mail -> mail.getSubject().startsWith("Decision on licence application"))
                    .singleElement().extracting(Mail::getText).asString()
                    .contains("grant with modified conditions").contains("Last entry 23:00")
                    .contains("by 3 August 2027");
        }
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

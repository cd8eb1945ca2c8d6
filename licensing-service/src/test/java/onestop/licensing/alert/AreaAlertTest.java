package onestop.licensing.alert;

import static io.restassured.RestAssured.given;
import static onestop.licensing.support.Licensing.API;
import static onestop.licensing.support.Licensing.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

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
import onestop.platform.time.WorkingDayCalendar;

@LicensingTest
class AreaAlertTest {

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
    void aSubscriptionToB1SectorOneGetsOneEmailForB1_1BBAndNoneForB29_6BD() {
        String email = "neighbour-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "area", "b1  1"))
                .when().post(API + "/area-alerts").then().statusCode(202);
        // nothing is sent before it is confirmed, but the confirmation email
        Licensing.premisesInConsultation(Business.create(), "Before confirming", "B1 1BB");
        String confirm = token(only(email));
        given().contentType(ContentType.JSON).body(Map.of("token", confirm))
                .when().post(API + "/area-alerts/confirmations")
                .then().statusCode(200).body("area", is("B1 1"));

        String near = Licensing.premisesInConsultation(Business.create(), "The Crown", "B1 1BB");
        Licensing.premisesInConsultation(Business.create(), "Far away", "B29 6BD");
        Licensing.premisesInConsultation(Business.create(), "Next district", "B12 1AA");

        Mail alert = only(email);
        assertThat(alert.getSubject()).contains("B1").contains("Premises licence");
        assertThat(alert.getText()).contains("/licensing/consultations/" + near)
                .contains("/licensing/area-alerts/unsubscribe?token=");
        // the last day for representations as people write it, in the council's time: the day before the midnight
        Instant ends = Instant.parse(as(Licensing.officer()).when().get(API + "/applications/" + near).then()
                .extract().path("consultationEndsAt"));
        String lastDay = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.UK)
                .format(ends.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate().minusDays(1));
        assertThat(alert.getText()).contains("Representations can be made until the end of " + lastDay + ".")
                .doesNotContain(ends.toString());

        // one click unsubscribes, and no more alerts come
        String unsubscribe = token(alert);
        given().contentType(ContentType.JSON).body(Map.of("token", unsubscribe))
                .when().post(API + "/area-alerts/unsubscribe").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("token", unsubscribe))
                .when().post(API + "/area-alerts/unsubscribe").then().statusCode(204);
        Licensing.premisesInConsultation(Business.create(), "After unsubscribing", "B1 1BB");
        relay.relay();
        assertThat(mailbox.getMailsSentTo(email)).isNullOrEmpty();
    }

    @Test
    void aDistrictAndTypesFilterTheAlerts() {
        String email = "district-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON)
                .body(Map.of("email", email, "area", "B1", "licenceTypeCodes", List.of("PREMISES_LICENCE")))
                .when().post(API + "/area-alerts").then().statusCode(202);
        given().contentType(ContentType.JSON).body(Map.of("token", token(only(email))))
                .when().post(API + "/area-alerts/confirmations").then().statusCode(200);

        Licensing.premisesInConsultation(Business.create(), "Sector 2", "B1 2HF");
        assertThat(only(email).getText()).contains("B1 2");
    }

    @Test
    void badInputAndBadLinksAreClearRefusals() {
        given().contentType(ContentType.JSON).body(Map.of("email", "a@example.org", "area", "B1 1BB"))
                .when().post(API + "/area-alerts").then().statusCode(400).body("errors[0].field", is("area"));
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "a@example.org", "area", "B1", "licenceTypeCodes", List.of("NOPE")))
                .when().post(API + "/area-alerts").then().statusCode(400)
                .body("errors[0].field", is("licenceTypeCodes[0]"));
        given().contentType(ContentType.JSON).body(Map.of("email", "nope", "area", "B1"))
                .when().post(API + "/area-alerts").then().statusCode(400).body("errors.field", hasItem("email"));
        given().contentType(ContentType.JSON).body(Map.of("token", "made-up"))
                .when().post(API + "/area-alerts/confirmations").then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("token", "made-up"))
                .when().post(API + "/area-alerts/unsubscribe").then().statusCode(404);

        String email = "slow-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "area", "B1"))
                .when().post(API + "/area-alerts").then().statusCode(202);
        String token = token(only(email));
        clock.advance(Duration.ofDays(8));
        given().contentType(ContentType.JSON).body(Map.of("token", token))
                .when().post(API + "/area-alerts/confirmations").then().statusCode(422)
                .body("errors[0].field", is("token"));
    }

    /** Sends what is queued and answers the one mail {@code email} got, clearing the mailbox. */
    private Mail only(String email) {
        relay.relay();
        List<Mail> mails = mailbox.getMailsSentTo(email);
        assertThat(mails).hasSize(1);
        Mail mail = mails.get(0);
        mailbox.clear();
        return mail;
    }

    private static String token(Mail mail) {
        Matcher m = TOKEN.matcher(mail.getText());
        assertThat(m.find()).isTrue();
        return m.group(1);
    }
}

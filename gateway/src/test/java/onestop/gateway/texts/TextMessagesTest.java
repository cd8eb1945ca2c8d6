package onestop.gateway.texts;

import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.mail.MailRelay;
import onestop.platform.testing.NotifyStandIn;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicWriter;

/**
 * Text messages through GOV.UK Notify (a WireMock following Notify's contract): a person gives a mobile number,
 * confirms it with the code texted to it, and from then on what needs them soon reaches them by text as well as by
 * email; everything else stays email only. Wrong numbers and codes are refused clearly, codes are limited, and
 * stopping texts or closing the account forgets the number.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(NotifyStandIn.class)
class TextMessagesTest {

    private static final String LICENSING = "onestop.licensing.v1";
    private static final String SMS_API = "/v2/notifications/sms";
    private static final Pattern CODE = Pattern.compile("security code is ([0-9]{5})\\.");

    @Inject
    MailRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void notifyTakesEverything() {
        NotifyStandIn.server.resetAll();
        NotifyStandIn.takeEverything();
    }

    @Test
    void aConfirmedNumberGetsTheNoticesThatNeedThePersonSoonAndNothingElse() {
        Person person = newPerson();
        String mobile = aMobile();

        given().auth().oauth2(person.token()).when().get("/api/me/texts").then().statusCode(200)
                .body("available", equalTo(true)).body("mobile", nullValue()).body("confirmed", equalTo(false));
        given().auth().oauth2(person.token()).contentType(ContentType.JSON)
                .body(Map.of("mobile", "+44 (0)" + mobile.substring(1, 5) + "-" + mobile.substring(5)))
                .when().put("/api/me/texts/mobile").then().statusCode(202)
                .body("mobile", equalTo(written(mobile))).body("confirmed", equalTo(false));
        String code = codeTextedTo(mobile);

        String wrong = code.equals("00000") ? "11111" : "00000";
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", wrong))
                .when().post("/api/me/texts/confirm").then().statusCode(422)
                .contentType("application/problem+json").body("errors[0].field", equalTo("code"))
                .body("detail", equalTo("The security code is not right: check the text message."));
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/me/texts/confirm").then().statusCode(200)
                .body("mobile", equalTo(written(mobile))).body("confirmed", equalTo(true));

        // a step on the way: email only
        UUID application = UUID.randomUUID();
        sendApplicationEvent("onestop.licensing.application.status-changed", application, person, """
                "status":"UNDER_REVIEW","previousStatus":"SUBMITTED\"""");
        awaitInbox(person, 1);
        // the officer needs something: by text too, with the link to the application
        sendApplicationEvent("onestop.licensing.application.information-requested", application, person, """
                "status":"INFORMATION_REQUESTED","message":"Please upload the plan of the premises.\"""");
        awaitInbox(person, 2);
        // the decision: by text too
        sendApplicationEvent("onestop.licensing.application.status-changed", application, person, """
                "status":"GRANTED","previousStatus":"UNDER_REVIEW\"""");
        awaitInbox(person, 3);

        relay.relay();
        assertThat(textsTo(mobile)).extracting(text -> text.path("personalisation").path("body").asText())
                .filteredOn(body -> !body.contains("security code")).containsExactly(
                        "OneStop: More information needed for LIC-TXT-1. Sign in to see it: "
                                + "http://localhost:8080/applications/" + application,
                        "OneStop: Application LIC-TXT-1 is granted. Sign in to see it: "
                                + "http://localhost:8080/applications/" + application);
        assertThat(textsTo(mobile)).allSatisfy(text -> assertThat(text.path("template_id").asText())
                .isEqualTo(NotifyStandIn.TEXT_TEMPLATE));
    }

    @Test
    void anUnconfirmedNumberIsNeverTextedAnythingButItsCode() {
        Person person = newPerson();
        String mobile = aMobile();
        giveNumber(person, mobile).statusCode(202);

        sendApplicationEvent("onestop.licensing.application.hearing-scheduled", UUID.randomUUID(), person, """
                "status":"UNDER_REVIEW","hearingStartsAt":"2027-01-12T10:00:00Z","hearingPlace":"Council House\"""");
        awaitInbox(person, 1);

        relay.relay();
        assertThat(textsTo(mobile)).singleElement().satisfies(text -> assertThat(
                text.path("personalisation").path("body").asText()).startsWith("Your OneStop security code is "));
    }

    @Test
    void wrongNumbersAndCodesAreRefusedClearlyAndChangeNothing() {
        Person person = newPerson();
        for (String bad : List.of("12345", "0121 303 1111", "07700 90012", "seven seven", "+33 6 12 34 56 78")) {
            giveNumber(person, bad).statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("mobile")).body("detail",
                            equalTo("Enter a UK mobile number, like 07700 900 982."));
        }
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body("{}")
                .when().put("/api/me/texts/mobile").then().statusCode(400)
                .body("errors[0].code", equalTo("required"));
        given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", "12345"))
                .when().post("/api/me/texts/confirm").then().statusCode(422)
                .body("detail", equalTo("No security code is waiting: give your mobile number to be sent one."));
        given().auth().oauth2(person.token()).when().get("/api/me/texts").then().statusCode(200)
                .body("mobile", nullValue());
        given().when().get("/api/me/texts").then().statusCode(401);
    }

    @Test
    void fiveWrongCodesOrFifteenMinutesUseTheCodeUpAndANewOneWorks() {
        Person person = newPerson();
        String mobile = aMobile();
        giveNumber(person, mobile).statusCode(202);
        String code = codeTextedTo(mobile);
        String wrong = code.equals("00000") ? "11111" : "00000";
        for (int i = 1; i < MobileNumbers.WRONG_CODES; i++) {
            confirm(person, wrong).statusCode(422).body("detail", equalTo(
                    "The security code is not right: check the text message."));
        }
        confirm(person, wrong).statusCode(422).body("detail", equalTo(
                "The security code was entered wrongly too many times: ask for a new one."));
        confirm(person, code).statusCode(422).body("detail", equalTo(
                "No security code is waiting: give your mobile number to be sent one."));

        giveNumber(person, mobile).statusCode(202);
        String second = codeTextedTo(mobile);
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "update mobile_number set code_expires_at = now() - interval '1 second' where user_id = ?1")
                .setParameter(1, person.userId()).executeUpdate());
        confirm(person, second).statusCode(422).body("detail", equalTo(
                "The security code has expired: ask for a new one."));

        giveNumber(person, mobile).statusCode(202);
        confirm(person, codeTextedTo(mobile)).statusCode(200).body("confirmed", equalTo(true));
    }

    @Test
    void twoFirstNumbersGivenAtOnceAreBothTaken() {
        Person person = newPerson();
        String first = aMobile();
        String second = aMobile();
        var one = java.util.concurrent.CompletableFuture.supplyAsync(() -> giveNumber(person, first).extract()
                .statusCode());
        var other = java.util.concurrent.CompletableFuture.supplyAsync(() -> giveNumber(person, second).extract()
                .statusCode());

        assertThat(List.of(one.join(), other.join())).containsExactly(202, 202);
        String shown = given().auth().oauth2(person.token()).when().get("/api/me/texts").then().statusCode(200)
                .extract().path("mobile");
        assertThat(shown).isIn(written(first), written(second));
    }

    @Test
    void atMostFiveCodesAnHour() {
        Person person = newPerson();
        String mobile = aMobile();
        for (int i = 0; i < MobileNumbers.CODES_AN_HOUR; i++) {
            giveNumber(person, mobile).statusCode(202);
        }
        giveNumber(person, aMobile()).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue());
        relay.relay();
        assertThat(textsTo(mobile)).hasSize(MobileNumbers.CODES_AN_HOUR);

        // stopping texts and starting again does not start the count again
        given().auth().oauth2(person.token()).when().delete("/api/me/texts/mobile").then().statusCode(204);
        giveNumber(person, mobile).statusCode(429);
        relay.relay();
        assertThat(textsTo(mobile)).hasSize(MobileNumbers.CODES_AN_HOUR);
    }

    @Test
    void stoppingTextsOrClosingTheAccountForgetsTheNumberAndItsTexts() {
        Person stopping = newPerson();
        String first = aMobile();
        giveNumber(stopping, first).statusCode(202);
        confirm(stopping, codeTextedTo(first)).statusCode(200);

        given().auth().oauth2(stopping.token()).when().delete("/api/me/texts/mobile").then().statusCode(204);
        given().auth().oauth2(stopping.token()).when().get("/api/me/texts").then().statusCode(200)
                .body("mobile", nullValue()).body("confirmed", equalTo(false));
        assertThat(outboxRowsTo(first)).as("the texts sent to it are forgotten").isZero();
        sendApplicationEvent("onestop.licensing.application.information-requested", UUID.randomUUID(), stopping,
                "\"status\":\"INFORMATION_REQUESTED\"");
        awaitInbox(stopping, 1);
        relay.relay();
        assertThat(outboxRowsTo(first)).as("no more texts").isZero();

        Person closing = newPerson();
        String second = aMobile();
        giveNumber(closing, second).statusCode(202);
        confirm(closing, codeTextedTo(second)).statusCode(200);
        given().auth().oauth2(closing.token()).contentType(ContentType.JSON)
                .body(Map.of("password", Accounts.PASSWORD)).when().delete("/api/me").then().statusCode(204);
        assertThat(outboxRowsTo(second)).isZero();
        assertThat(QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from mobile_number where mobile = ?1").setParameter(1, second).getSingleResult())
                .intValue())).isZero();
    }

    private record Person(UUID userId, UUID businessId, String email, String token) {
    }

    private static Person newPerson() {
        Accounts.BusinessUser user = Accounts.newBusinessThroughNotify();
        return new Person(user.userId(), user.businessId(), user.email(), user.token());
    }

    /** A number of the range Ofcom keeps for drama (07700 900000 to 900999): no real phone has it. */
    private static String aMobile() {
        return "07700900" + "%03d".formatted(ThreadLocalRandom.current().nextInt(1000));
    }

    private static String written(String mobile) {
        return mobile.substring(0, 5) + " " + mobile.substring(5);
    }

    private static io.restassured.response.ValidatableResponse giveNumber(Person person, String mobile) {
        return given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("mobile", mobile))
                .when().put("/api/me/texts/mobile").then();
    }

    private static io.restassured.response.ValidatableResponse confirm(Person person, String code) {
        return given().auth().oauth2(person.token()).contentType(ContentType.JSON).body(Map.of("code", code))
                .when().post("/api/me/texts/confirm").then();
    }

    /** The latest code texted to the number, once the relay has sent what is queued. */
    private String codeTextedTo(String mobile) {
        relay.relay();
        List<JsonNode> texts = textsTo(mobile);
        assertThat(texts).as("a code texted to " + mobile).isNotEmpty();
        Matcher code = CODE.matcher(texts.get(texts.size() - 1).path("personalisation").path("body").asText());
        assertThat(code.find()).isTrue();
        return code.group(1);
    }

    /** What Notify was asked to text the number, oldest first. */
    private List<JsonNode> textsTo(String mobile) {
        String international = "+44" + mobile.substring(1);
        return NotifyStandIn.server.findAll(postRequestedFor(urlEqualTo(SMS_API))).stream()
                .map(request -> read(request.getBodyAsString()))
                .filter(text -> text.path("phone_number").asText().equals(international)).toList();
    }

    private int outboxRowsTo(String mobile) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select count(*) from mail_outbox where recipient = ?1").setParameter(1, "+44" + mobile.substring(1))
                .getSingleResult()).intValue());
    }

    private static void sendApplicationEvent(String type, UUID application, Person person, String fields) {
        TopicWriter.send(LICENSING, application.toString(), TopicWriter.event(UUID.randomUUID().toString(), type,
                application.toString(), """
                        {"applicationId":"%s","reference":"LIC-TXT-1","businessId":"%s",%s}
                        """.formatted(application, person.businessId(), fields)));
    }

    private static void awaitInbox(Person person, int count) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(person.token())
                .when().get("/api/me/notifications").then().body("total", equalTo(count)));
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}

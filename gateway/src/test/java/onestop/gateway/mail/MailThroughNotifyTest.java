package onestop.gateway.mail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;

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

/**
 * The gateway's own emails through GOV.UK Notify (a WireMock following Notify's contract): an account email made
 * while Notify is down is kept, and sent exactly once when Notify is back; Notify's receipt for it is recorded.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
@WithTestResource(NotifyStandIn.class)
class MailThroughNotifyTest {

    private static final String EMAIL_API = "/v2/notifications/email";
    private static final Pattern VERIFY_TOKEN = Pattern.compile("/verify-email\\?token=([A-Za-z0-9_-]+)");

    @Inject
    MailRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @BeforeEach
    void freshNotify() {
        NotifyStandIn.server.resetAll();
    }

    @Test
    void anAccountEmailMadeWhileNotifyIsDownIsSentOnceWhenItIsBack() throws Exception {
        String email = "owner-" + UUID.randomUUID() + "@example.com";
        UUID notificationId = UUID.randomUUID();
        NotifyStandIn.server.stubFor(post(urlEqualTo(EMAIL_API)).inScenario("outage")
                .whenScenarioStateIs(STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json").withBody(
                        "{\"status_code\": 500, \"errors\": [{\"error\": \"Exception\", \"message\": \"Internal server error\"}]}")));

        Accounts.register(email, Accounts.PASSWORD);
        UUID queued = outboxIdOf(email);

        assertThat(relay.relay()).as("Notify is down: nothing sent").isZero();
        assertThat(attempts(queued)).as("tried once, kept").isEqualTo(1);

        NotifyStandIn.server.stubFor(post(urlEqualTo(EMAIL_API)).inScenario("outage")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(NotifyStandIn.created(notificationId.toString(), queued.toString(),
                                "0d1ec9b8-3f5c-4f13-9f73-6b1b7a1ec6d4"))));
        assertThat(relay.relay()).as("Notify is back").isEqualTo(1);
        assertThat(relay.relay()).as("nothing left to send").isZero();

        List<LoggedRequest> asked = NotifyStandIn.server.findAll(postRequestedFor(urlEqualTo(EMAIL_API))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(email))));
        assertThat(asked).as("the failed attempt and the one that went through, nothing more").hasSize(2);
        JsonNode sent = json.readTree(asked.get(1).getBodyAsString());
        assertThat(sent.path("reference").asText()).isEqualTo(queued.toString());
        assertThat(sent.path("personalisation").path("subject").asText())
                .isEqualTo("OneStop: confirm your email address");

        // the link in the email Notify sent works: the business confirms its address and signs in
        Matcher link = VERIFY_TOKEN.matcher(sent.path("personalisation").path("body").asText());
        assertThat(link.find()).as("a confirmation link in the email").isTrue();
        given().contentType(ContentType.JSON).body(Map.of("token", link.group(1)))
                .when().post("/api/auth/verify-email").then().statusCode(204);
        assertThat(Accounts.signIn(email, Accounts.PASSWORD)).isNotBlank();

        // Notify's delivery receipt for it comes back to the gateway
        String receipt = """
                {"id": "%s", "reference": "%s", "to": "%s", "status": "delivered",
                 "created_at": "2026-12-05T10:00:00.000000Z", "completed_at": "2026-12-05T10:00:02.000000Z",
                 "sent_at": "2026-12-05T10:00:01.000000Z", "notification_type": "email",
                 "template_id": "0d1ec9b8-3f5c-4f13-9f73-6b1b7a1ec6d4", "template_version": 1}"""
                .formatted(notificationId, queued, email);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer guessed").body(receipt)
                .when().post("/api/notify-receipts").then().statusCode(401);
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + NotifyStandIn.CALLBACK_TOKEN)
                .body(receipt).when().post("/api/notify-receipts").then().statusCode(204);
        assertThat(deliveryStatus(queued)).isEqualTo("delivered");
    }

    private UUID outboxIdOf(String email) {
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from mail_outbox where recipient = ?1 and kind = 'account'")
                .setParameter(1, email).getSingleResult());
    }

    private int attempts(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "select attempts from mail_outbox where id = ?1 and sent_at is null and given_up_at is null")
                .setParameter(1, id).getSingleResult()).intValue());
    }

    private String deliveryStatus(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "select delivery_status from mail_outbox where id = ?1").setParameter(1, id).getSingleResult());
    }
}

package onestop.platform.mail;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotAuthorizedException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.NotifyStandIn;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Mail through GOV.UK Notify (a WireMock following Notify's contract): by template, retried, delivered once. */
@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
@WithTestResource(NotifyStandIn.class)
class NotifyRouteTest {

    private static final String ALERT_TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    @Inject
    MailOutbox outbox;

    @Inject
    MailRelay relay;

    @Inject
    NotifyReceipts receipts;

    @Inject
    EntityManager em;

    @BeforeEach
    void freshNotify() {
        NotifyStandIn.server.resetAll();
    }

    @Test
    void notifyFailingThenRecoveringDeliversTheMailOnceByItsTemplate() {
        String to = "resident-" + UUID.randomUUID() + "@example.org";
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queue("area-alert", to, "Alert",
                "A new application."));
        UUID notificationId = UUID.randomUUID();
        NotifyStandIn.server.stubFor(post(urlEqualTo("/v2/notifications/email")).inScenario("outage")
                .whenScenarioStateIs(STARTED).willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(500).withHeader("Content-Type", "application/json")
                        .withBody("{\"status_code\": 500, \"errors\": [{\"error\": \"Exception\", \"message\": \"Internal server error\"}]}")));
        NotifyStandIn.server.stubFor(post(urlEqualTo("/v2/notifications/email")).inScenario("outage")
                .whenScenarioStateIs("recovered")
                .willReturn(aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                        .withBody(NotifyStandIn.created(notificationId.toString(), id.toString(), ALERT_TEMPLATE))));

        assertThat(relay.relay()).as("Notify is down").isZero();
        assertThat(row(id)[1]).as("no notification yet").isNull();

        assertThat(relay.relay()).as("Notify is back").isEqualTo(1);
        assertThat(relay.relay()).as("nothing left to send").isZero();

        Object[] sent = row(id);
        assertThat(sent[0]).as("sent").isNotNull();
        assertThat(sent[1]).as("Notify's id").isEqualTo(notificationId);
        assertThat(sent[2]).as("status").isEqualTo("sending");
        NotifyStandIn.server.verify(2, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                .withHeader("Authorization", matching("Bearer [\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(ALERT_TEMPLATE)))
                .withRequestBody(matchingJsonPath("$.email_address", equalTo(to)))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
                .withRequestBody(matchingJsonPath("$.personalisation.subject", equalTo("Alert")))
                .withRequestBody(matchingJsonPath("$.personalisation.body", equalTo("A new application."))));
    }

    @Test
    void aTextMessageGoesByTheTextTemplateToTheNumberWithItsBody() {
        String mobile = "+447700900123";
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queueText("mobile-code", mobile,
                "Your OneStop security code is 12345."));
        UUID notificationId = UUID.randomUUID();
        NotifyStandIn.server.stubFor(post(urlEqualTo("/v2/notifications/sms")).willReturn(aResponse().withStatus(201)
                .withHeader("Content-Type", "application/json").withBody(NotifyStandIn.textCreated(
                        notificationId.toString(), id.toString(), "Your OneStop security code is 12345."))));

        relay.relay();

        assertThat(row(id)[1]).as("Notify's id").isEqualTo(notificationId);
        NotifyStandIn.server.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/sms"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo(NotifyStandIn.TEXT_TEMPLATE)))
                .withRequestBody(matchingJsonPath("$.phone_number", equalTo(mobile)))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString())))
                .withRequestBody(matchingJsonPath("$.personalisation.body",
                        equalTo("Your OneStop security code is 12345."))));
        NotifyStandIn.server.verify(0, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(id.toString()))));
    }

    @Test
    void aMailNotifyRefusesForGoodIsGivenUpAtOnce() {
        String to = "not-an-address-" + UUID.randomUUID();
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queue(to, "Hello", "Words."));
        NotifyStandIn.server.stubFor(post(urlEqualTo("/v2/notifications/email")).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"status_code\": 400, \"errors\": [{\"error\": \"ValidationError\", \"message\": \"email_address Not a valid email address\"}]}")));

        assertThat(relay.relay()).isZero();
        assertThat(relay.relay()).isZero();

        NotifyStandIn.server.verify(1, postRequestedFor(urlEqualTo("/v2/notifications/email"))
                .withRequestBody(matchingJsonPath("$.template_id", equalTo("0d1ec9b8-3f5c-4f13-9f73-6b1b7a1ec6d4"))));
        assertThat(QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select given_up_at is not null from mail_outbox where id = ?1").setParameter(1, id).getSingleResult()))
                .isEqualTo(true);
    }

    @Test
    void aDeliveryReceiptSetsTheStatusEvenWhenItComesBeforeTheRelayRecordedTheId() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queue("person@example.org", "Hi", "Words."));
        UUID notificationId = UUID.randomUUID();

        boolean known = receipts.record("Bearer " + NotifyStandIn.CALLBACK_TOKEN, new NotifyReceipt(
                notificationId.toString(), id.toString(), "delivered", OffsetDateTime.now()));

        assertThat(known).isTrue();
        Object[] delivered = row(id);
        assertThat(delivered[1]).isEqualTo(notificationId);
        assertThat(delivered[2]).isEqualTo("delivered");

        receipts.record("Bearer " + NotifyStandIn.CALLBACK_TOKEN, new NotifyReceipt(notificationId.toString(), null,
                "permanent-failure", OffsetDateTime.now()));
        assertThat(row(id)[2]).as("found by Notify's id alone").isEqualTo("permanent-failure");
    }

    @Test
    void aReceiptWithABadTokenIsRefusedAndChangesNothing() {
        UUID id = QuarkusTransaction.requiringNew().call(() -> outbox.queue("person@example.org", "Hi", "Words."));
        NotifyReceipt receipt = new NotifyReceipt(UUID.randomUUID().toString(), id.toString(), "delivered", null);

        assertThatThrownBy(() -> receipts.record("Bearer wrong-token", receipt))
                .isInstanceOf(NotAuthorizedException.class);
        assertThatThrownBy(() -> receipts.record(null, receipt)).isInstanceOf(NotAuthorizedException.class);
        assertThat(row(id)[2]).isNull();
    }

    private Object[] row(UUID id) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select sent_at, notify_id, delivery_status from mail_outbox where id = ?1")
                .setParameter(1, id).getSingleResult());
    }
}

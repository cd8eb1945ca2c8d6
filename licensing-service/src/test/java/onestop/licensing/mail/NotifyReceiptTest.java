package onestop.licensing.mail;

import static io.restassured.RestAssured.given;
import static onestop.licensing.support.Licensing.API;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import onestop.licensing.LicensingTest;

/** Notify's delivery receipts, through the service's callback route, as Notify posts them. */
@LicensingTest
class NotifyReceiptTest {

    @Inject
    EntityManager em;

    @Test
    void aReceiptWithTheCallbackTokenMarksTheMailDelivered() {
        UUID mail = queuedAlertConfirmation();
        String notificationId = UUID.randomUUID().toString();

        given().contentType(ContentType.JSON).header("Authorization", "Bearer test-receipts-token")
                .body(receipt(notificationId, mail, "delivered"))
                .when().post(API + "/mail/notify-receipts").then().statusCode(204);

        assertThat(status(mail)).containsExactly(UUID.fromString(notificationId), "delivered");
    }

    @Test
    void aReceiptWithABadTokenOrNoneIsRefusedAndChangesNothing() {
        UUID mail = queuedAlertConfirmation();

        given().contentType(ContentType.JSON).header("Authorization", "Bearer guessed")
                .body(receipt(UUID.randomUUID().toString(), mail, "delivered"))
                .when().post(API + "/mail/notify-receipts").then().statusCode(401);
        given().contentType(ContentType.JSON).body(receipt(UUID.randomUUID().toString(), mail, "delivered"))
                .when().post(API + "/mail/notify-receipts").then().statusCode(401);

        assertThat(status(mail)).containsExactly(null, null);
    }

    private static Map<String, Object> receipt(String id, UUID reference, String status) {
        return Map.of("id", id, "reference", reference.toString(), "to", "someone@example.org", "status", status,
                "created_at", "2026-12-04T10:00:00.000000Z", "completed_at", "2026-12-04T10:00:05.000000Z",
                "sent_at", "2026-12-04T10:00:01.000000Z", "notification_type", "email",
                "template_id", UUID.randomUUID().toString(), "template_version", 1);
    }

    private UUID queuedAlertConfirmation() {
        String email = "neighbour-" + UUID.randomUUID() + "@example.org";
        given().contentType(ContentType.JSON).body(Map.of("email", email, "area", "B1"))
                .when().post(API + "/area-alerts").then().statusCode(202);
        return QuarkusTransaction.requiringNew().call(() -> (UUID) em.createNativeQuery(
                "select id from mail_outbox where recipient = ?1 and kind = 'area-alert-confirm'")
                .setParameter(1, email).getSingleResult());
    }

    private Object[] status(UUID mail) {
        return QuarkusTransaction.requiringNew().call(() -> (Object[]) em.createNativeQuery(
                "select notify_id, delivery_status from mail_outbox where id = ?1")
                .setParameter(1, mail).getSingleResult());
    }
}

package onestop.standins.notify;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import uk.gov.service.notify.NotificationClient;
import uk.gov.service.notify.NotificationClientException;
import uk.gov.service.notify.SendEmailResponse;

/** GOV.UK Notify's official client against the stand-in: the same calls OneStop's mail relay makes. */
@QuarkusTest
class NotifyStandInTest {

    private static final String TEMPLATE = "f33517ff-2a88-4f6e-b855-c550268ce08a";

    @TestHTTPResource("/notify")
    String baseUrl;

    @ConfigProperty(name = "standins.notify.api-key")
    String apiKey;

    @Test
    void anEmailSentByTemplateIsListedWithItsWordsAndItsReceiptIsPosted() throws Exception {
        String to = "resident-" + UUID.randomUUID() + "@example.org";
        String reference = UUID.randomUUID().toString();
        SendEmailResponse sent = new NotificationClient(apiKey, baseUrl).sendEmail(TEMPLATE, to,
                Map.of("subject", "Confirm your representation", "body", "Open https://onestop.test/confirm?token=a1 <now>"),
                reference);

        assertThat(sent.getTemplateId()).isEqualTo(UUID.fromString(TEMPLATE));
        assertThat(sent.getSubject()).isEqualTo("Confirm your representation");
        assertThat(sent.getReference()).contains(reference);

        given().when().get("/notify/").then().statusCode(200)
                .body(containsString("Confirm your representation"), containsString(to),
                        containsString("<a href=\"https://onestop.test/confirm?token=a1\">"),
                        containsString("&lt;now&gt;"));
        // the JSON list, kept to one address (as the system tests read a person's inbox)
        given().queryParam("email_address", to.toUpperCase(Locale.ROOT)).when().get("/notify/emails")
                .then().statusCode(200).body("size()", is(1))
                .body("[0].email_address", is(to))
                .body("[0].subject", is("Confirm your representation"));
        given().queryParam("email_address", "nobody@example.org").when().get("/notify/emails")
                .then().statusCode(200).body("size()", is(0));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> ReceivedReceipts.RECEIVED.stream().anyMatch(r -> reference.equals(r.body().get("reference"))));
        assertThat(ReceivedReceipts.RECEIVED).filteredOn(r -> reference.equals(r.body().get("reference")))
                .singleElement().satisfies(receipt -> {
                    assertThat(receipt.authorization()).isEqualTo("Bearer local-notify-receipts");
                    assertThat(receipt.body()).containsEntry("id", sent.getNotificationId().toString())
                            .containsEntry("status", "delivered").containsEntry("to", to);
                });
    }

    @Test
    void anotherKeyIsRefusedAsNotifyRefusesIt() {
        String wrongKey = "other-" + UUID.randomUUID() + "-" + UUID.randomUUID();
        assertThatThrownBy(() -> new NotificationClient(wrongKey, baseUrl).sendEmail(TEMPLATE, "a@example.org",
                Map.of(), null)).isInstanceOfSatisfying(NotificationClientException.class,
                        e -> assertThat(e.getHttpResult()).isEqualTo(403));
    }

    @Test
    void aBadAddressIsAValidationError() {
        assertThatThrownBy(() -> new NotificationClient(apiKey, baseUrl).sendEmail(TEMPLATE, "not-an-address",
                Map.of(), null)).isInstanceOfSatisfying(NotificationClientException.class,
                        e -> assertThat(e.getHttpResult()).isEqualTo(400));
    }
}

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
import uk.gov.service.notify.SendSmsResponse;

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
    void aTextSentByTemplateIsListedApartFromTheEmailsAndItsReceiptIsPosted() throws Exception {
        String reference = UUID.randomUUID().toString();
        SendSmsResponse sent = new NotificationClient(apiKey, baseUrl).sendSms(TEMPLATE, "+447700900456",
                Map.of("body", "Your OneStop security code is 24680."), reference);

        assertThat(sent.getBody()).isEqualTo("Your OneStop security code is 24680.");
        assertThat(sent.getReference()).contains(reference);
        given().when().get("/notify/").then().statusCode(200)
                .body(containsString("Text message"), containsString("+447700900456"),
                        containsString("Your OneStop security code is 24680."));
        given().queryParam("phone_number", "+447700900456").when().get("/notify/texts").then().statusCode(200)
                .body("[0].phone_number", is("+447700900456")).body("[0].type", is("sms"))
                .body("[0].body", is("Your OneStop security code is 24680."));
        given().queryParam("email_address", "+447700900456").when().get("/notify/emails").then().statusCode(200)
                .body("size()", is(0));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50))
                .until(() -> ReceivedReceipts.RECEIVED.stream().anyMatch(r -> reference.equals(r.body().get("reference"))));
        assertThat(ReceivedReceipts.RECEIVED).filteredOn(r -> reference.equals(r.body().get("reference")))
                .singleElement().satisfies(receipt -> assertThat(receipt.body())
                        .containsEntry("notification_type", "sms").containsEntry("status", "delivered"));
    }

    @Test
    void aNumberThatIsNotAUkMobileIsAValidationError() {
        assertThatThrownBy(() -> new NotificationClient(apiKey, baseUrl).sendSms(TEMPLATE, "0121 303 1111",
                Map.of("body", "Hello"), null)).isInstanceOfSatisfying(NotificationClientException.class, e -> {
                    assertThat(e.getHttpResult()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("Not a UK mobile number");
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

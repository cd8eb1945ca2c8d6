package onestop.standins.pay;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells the service of each change of a payment's state, as Pay's webhooks do: a JSON message with the payment
 * as {@code resource}, signed in the {@code Pay-Signature} header (HMAC-SHA256, hex, of the body under the
 * signing secret). Sent in the background and tried again a few times if the service does not answer 2xx.
 */
@ApplicationScoped
public class PayWebhooks {

    private static final Logger LOG = Logger.getLogger(PayWebhooks.class);
    private static final int ATTEMPTS = 5;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Inject
    PayConfig config;

    @Inject
    ObjectMapper json;

    void send(String eventType, PayPayment payment) {
        if (config.webhookUrl().isEmpty()) {
            return;
        }
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("webhook_message_id", UUID.randomUUID().toString());
        message.put("api_version", 1);
        message.put("created_date", Instant.now().toString());
        message.put("resource_id", payment.paymentId);
        message.put("resource_type", "payment");
        message.put("event_type", eventType);
        message.put("resource", PayJson.payment(payment, config.publicUrl()));
        String body;
        try {
            body = json.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        deliver(config.webhookUrl().get(), body, 1);
    }

    /** The signature Pay puts in {@code Pay-Signature}. */
    public static String sign(String body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void deliver(String url, String body, int attempt) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Pay-Signature", sign(body, config.webhookSecret()))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).whenComplete((response, failure) -> {
            boolean delivered = failure == null && response.statusCode() / 100 == 2;
            if (delivered) {
                return;
            }
            String why = failure != null ? failure.toString() : "HTTP " + response.statusCode();
            if (attempt >= ATTEMPTS) {
                LOG.warnf("Gave up a webhook to %s after %d attempts: %s", url, attempt, why);
                return;
            }
            LOG.infof("Webhook to %s not delivered (%s); trying again", url, why);
            CompletableFuture.delayedExecutor(attempt * 2L, TimeUnit.SECONDS)
                    .execute(() -> deliver(url, body, attempt + 1));
        });
    }
}

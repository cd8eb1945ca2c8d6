package onestop.standins.notify;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends Notify's delivery receipt for each email or text a moment after it was asked for, to every configured callback
 * (Notify has one per service; locally every service listens, and each ignores what it did not send), with the
 * callback's bearer token, as Notify does.
 */
@ApplicationScoped
public class NotifyReceiptSender {

    private static final Logger LOG = Logger.getLogger(NotifyReceiptSender.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ConfigProperty(name = "standins.notify.callback-urls")
    Optional<String> callbackUrls;

    @ConfigProperty(name = "standins.notify.callback-token")
    String callbackToken;

    @ConfigProperty(name = "standins.notify.receipt-delay")
    Duration delay;

    void later(SentMessage email) {
        CompletableFuture.runAsync(() -> deliver(email),
                CompletableFuture.delayedExecutor(delay.toMillis(), TimeUnit.MILLISECONDS));
    }

    private void deliver(SentMessage email) {
        email.completedAt = Instant.now();
        email.status = email.finalStatus();
        for (String url : urls()) {
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + callbackToken)
                        .POST(HttpRequest.BodyPublishers.ofString(receipt(email))).build();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                LOG.debugf("Receipt of %s to %s: %d", email.id, url, response.statusCode());
            } catch (java.io.IOException e) {
                LOG.warnf("Could not send the receipt of %s to %s: %s", email.id, url, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private List<String> urls() {
        return callbackUrls.map(urls -> Arrays.stream(urls.split(",")).map(String::trim)
                .filter(url -> !url.isEmpty()).toList()).orElse(List.of());
    }

    /** Notify's callback body for an email. */
    static String receipt(SentMessage email) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", email.id.toString());
        body.put("reference", email.reference);
        body.put("to", email.to);
        body.put("status", email.status);
        body.put("created_at", email.createdAt.toString());
        body.put("completed_at", email.completedAt == null ? null : email.completedAt.toString());
        body.put("sent_at", email.createdAt.toString());
        body.put("notification_type", email.type);
        body.put("template_id", email.templateId);
        body.put("template_version", 1);
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}

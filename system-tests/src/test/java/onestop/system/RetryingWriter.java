package onestop.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;

/**
 * A client writing drafts one after another through the balancer as a careful client does: each write carries an
 * {@code Idempotency-Key}, and a write that ends in a connection error, a timeout or an answer that says "try
 * again" (502, 503, 504, and 409 while the first try with the key is still being answered) is sent again with the
 * same key until it is acknowledged (201).
 */
final class RetryingWriter {

    static final String PREFIX = "Replica kill draft ";
    private static final Set<Integer> TRY_AGAIN = Set.of(409, 502, 503, 504);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gateway;
    private final String token;
    private final List<String> acknowledged = new ArrayList<>();
    private final List<String> unexpected = new ArrayList<>();
    private final AtomicInteger retries = new AtomicInteger();
    private volatile boolean running;
    private Thread thread;

    RetryingWriter(String gateway, String token) {
        this.gateway = gateway;
        this.token = token;
    }

    void start() {
        running = true;
        thread = new Thread(this::run, "retrying-writer");
        thread.start();
    }

    /** Stops after the write in hand is acknowledged (or has failed for good). */
    void stop() throws InterruptedException {
        running = false;
        thread.join(Duration.ofSeconds(120).toMillis());
    }

    void awaitAcknowledged(int count, Duration within) {
        Awaitility.await(count + " drafts acknowledged").atMost(within).until(() -> acknowledged().size() >= count);
    }

    synchronized List<String> acknowledged() {
        return List.copyOf(acknowledged);
    }

    synchronized List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    int retries() {
        return retries.get();
    }

    private void run() {
        int n = 0;
        while (running) {
            String title = PREFIX + (++n) + " " + UUID.randomUUID();
            if (write(title)) {
                synchronized (this) {
                    acknowledged.add(title);
                }
            }
        }
    }

    /** Sends one draft until it is acknowledged; false when an answer says it never will be. */
    private boolean write(String title) {
        String key = UUID.randomUUID().toString();
        String body = """
                {"title":"%s","description":"Weekly visits.","type":"QUOTE","cpvCodes":["77310000-6"],\
                "valueMaxPence":100000,"closingAt":"%s"}""".formatted(title, Instant.now().plus(5, ChronoUnit.DAYS));
        long deadline = System.nanoTime() + Duration.ofSeconds(150).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(gateway + "/api/opportunities/opportunities"))
                        .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                        .header("Idempotency-Key", key).timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 201) {
                    return true;
                }
                if (!TRY_AGAIN.contains(answer.statusCode())) {
                    synchronized (this) {
                        unexpected.add(answer.statusCode() + " " + answer.body());
                    }
                    return false;
                }
            } catch (IOException e) {
                // the connection was cut (a replica killed under it) or timed out: the same key again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
            retries.incrementAndGet();
            pause();
        }
        synchronized (this) {
            unexpected.add("never acknowledged: " + title);
        }
        return false;
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

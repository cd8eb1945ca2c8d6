package onestop.system.faults;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jboss.logging.Logger;

import onestop.system.Api;

/**
 * A steady stream of writes through the gateway while parts of the system are crashed under it, recording every
 * write the system acknowledged: drafts a business creates (201), and decisions an officer makes on applications
 * waiting for one (200). A write that failed or timed out is not acknowledged; a decision is tried again until it
 * is made, and one the officer finds already made (the answer to an earlier try was lost in a crash) counts as
 * acknowledged, since the grant then happened and its events must arrive once like any other.
 *
 * <p>A request in flight when its service is killed has no answer to give: the gateway says so with 502
 * {@code upstream-failed} (docs/api.md: the write may or may not have been made; a retry with the same
 * {@code Idempotency-Key} finds out). Such answers are counted apart, and only for a service the suite said it was
 * killing ({@link #killing}) and a request sent before the kill reached it; any other 5xx but 503 is a fault.
 */
final class SteadyLoad {

    private static final Logger LOG = Logger.getLogger(SteadyLoad.class);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern STATUS = Pattern.compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    /** Time for SIGKILL to end a process after the suite noted the kill: a request sent within it may be cut off. */
    private static final Duration KILL_DELIVERY = Duration.ofSeconds(1);
    private static final String DRAFT = """
            {"licenceTypeCode":"PRIVATE_HIRE_DRIVER","kind":"NEW","holderName":"Fault Suite Driver",
             "details":{"dvlaLicenceNumber":"MORGA753116SM9IJ"}}""";

    /** An application waiting for a decision, and the business that will hold the licence. */
    record Pending(String applicationId, Api.Business holder) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String gateway;
    private final Api.Business drafter;
    private final String officer;
    private final Deque<Pending> undecided;
    private final AtomicBoolean running = new AtomicBoolean();
    private final Queue<String> acknowledgedDrafts = new ConcurrentLinkedQueue<>();
    private final Set<Pending> acknowledgedGrants = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refused = new AtomicInteger();
    private final Queue<String> internalErrors = new ConcurrentLinkedQueue<>();
    private final Queue<String> cutOffByKill = new ConcurrentLinkedQueue<>();
    private final Map<String, Instant> kills = new ConcurrentHashMap<>();
    private final List<Thread> threads;

    SteadyLoad(String gateway, Api.Business drafter, String officer, List<Pending> undecided) {
        this.gateway = gateway;
        this.drafter = drafter;
        this.officer = officer;
        this.undecided = new ArrayDeque<>(undecided);
        this.threads = List.of(new Thread(this::createDrafts, "load-drafts"), new Thread(this::decide, "load-decisions"));
    }

    void start() {
        running.set(true);
        threads.forEach(Thread::start);
    }

    void stop() throws InterruptedException {
        running.set(false);
        for (Thread thread : threads) {
            thread.join(30_000);
        }
    }

    Api.Business drafter() {
        return drafter;
    }

    List<String> acknowledgedDrafts() {
        return List.copyOf(acknowledgedDrafts);
    }

    Set<Pending> acknowledgedGrants() {
        return Set.copyOf(acknowledgedGrants);
    }

    /** Writes the system did not acknowledge (an error answer or no answer): expected while a part is down. */
    int refused() {
        return refused.get();
    }

    /** Answers other than 503 in the 5xx range: the system failing instead of saying it is unavailable. */
    List<String> internalErrors() {
        return List.copyOf(internalErrors);
    }

    /** The service answering on paths starting with {@code routes} is about to be killed. */
    void killing(String routes) {
        kills.put(routes, Instant.now());
    }

    /** 502 {@code upstream-failed} answers to requests in flight when their service was killed. */
    List<String> cutOffByKill() {
        return List.copyOf(cutOffByKill);
    }

    int drafts() {
        return acknowledgedDrafts.size();
    }

    private void createDrafts() {
        while (running.get()) {
            answer("POST", "/api/licensing/applications", drafter.token(), DRAFT, Map.of())
                    .filter(a -> a.statusCode() == 201)
                    .ifPresentOrElse(a -> acknowledgedDrafts.add(match(ID, a.body())), refused::incrementAndGet);
            pause(Duration.ofMillis(150));
        }
    }

    private void decide() {
        while (running.get()) {
            Pending next;
            synchronized (undecided) {
                next = undecided.pollFirst();
            }
            if (next != null && !decide(next)) {
                synchronized (undecided) {
                    undecided.addLast(next);
                }
            }
            // spread out, so that grants are made before, during and after each crash
            pause(Duration.ofMillis(2500));
        }
    }

    /** @return whether the application is now granted (by this try or an earlier one whose answer was lost) */
    private boolean decide(Pending pending) {
        String path = "/api/licensing/applications/" + pending.applicationId();
        var current = answer("GET", path, officer, null, Map.of()).filter(a -> a.statusCode() == 200);
        if (current.isEmpty()) {
            refused.incrementAndGet();
            return false;
        }
        String status = match(STATUS, current.get().body());
        if (status.equals("GRANTED")) {
            acknowledgedGrants.add(pending);
            return true;
        }
        String etag = current.get().headers().firstValue("ETag").orElseThrow();
        String body = "{\"outcome\":\"GRANT\",\"conditions\":[\"Display the badge at all times\"],"
                + "\"reasons\":\"All checks passed\"}";
        boolean granted = answer("POST", path + "/decision", officer, body, Map.of("If-Match", etag))
                .filter(a -> a.statusCode() == 200).isPresent();
        if (granted) {
            acknowledgedGrants.add(pending);
        } else {
            refused.incrementAndGet();
        }
        return granted;
    }

    private java.util.Optional<HttpResponse<String>> answer(String method, String path, String token, String body,
            Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(gateway + path))
                .timeout(REQUEST_TIMEOUT).header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            Instant sent = Instant.now();
            HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() >= 500 && answer.statusCode() != 503) {
                // a part being down is a 503 with Retry-After (or no answer); anything else is a fault of ours
                String seen = method + " " + path + ": " + answer.statusCode() + " " + answer.body();
                (inFlightAtKill(path, sent, answer) ? cutOffByKill : internalErrors).add(seen);
            }
            return java.util.Optional.of(answer);
        } catch (java.io.IOException e) {
            LOG.debugf("%s %s: no answer (%s)", method, path, e);
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    private boolean inFlightAtKill(String path, Instant sent, HttpResponse<String> answer) {
        return answer.statusCode() == 502 && answer.body().contains("/problems/upstream-failed")
                && kills.entrySet().stream().anyMatch(kill -> path.startsWith(kill.getKey())
                        && sent.isAfter(kill.getValue().minus(REQUEST_TIMEOUT))
                        && sent.isBefore(kill.getValue().plus(KILL_DELIVERY)));
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No " + pattern + " in " + body);
        }
        return m.group(1);
    }

    private static void pause(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

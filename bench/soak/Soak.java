import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The soak benchmark (bench/soak/run.sh starts it): a steady, mixed workload through the gateway of the local stack
 * for a fixed time, with what users do: searches, draft applications, applications paid on the Pay stand-in and
 * submitted, officers' decisions, suppliers' responses. Every 10 s it samples each service's resident memory, heap,
 * outbox backlog and the consumers' lag. Writes a Markdown report: per route throughput, p50, p99 and errors; the
 * samples over time. Exits 1 if any request failed.
 *
 * <p>java -cp '.onestop/local/kafka/lib/*' bench/soak/Soak.java SECONDS OPS_PER_SECOND REPORT
 */
public class Soak {

    static final String GATEWAY = "http://127.0.0.1:" + env("ONESTOP_GATEWAY_PORT", "8080");
    static final String STAND_INS = "http://127.0.0.1:" + env("ONESTOP_STAND_INS_PORT", "8095");
    static final Path STATE = Path.of(".onestop/local");
    static final List<String> SERVICES = List.of("gateway", "licensing-service", "opportunities-service", "portal");
    static final Map<String, String> MANAGEMENT = Map.of("gateway", env("ONESTOP_GATEWAY_MANAGEMENT_PORT", "9080"),
            "licensing-service", env("ONESTOP_LICENSING_MANAGEMENT_PORT", "9081"),
            "opportunities-service", env("ONESTOP_OPPORTUNITIES_MANAGEMENT_PORT", "9082"),
            "portal", env("ONESTOP_PORTAL_MANAGEMENT_PORT", "9083"));
    static final String[] WORDS = { "services", "maintenance", "software", "construction", "cleaning", "transport",
            "consultancy", "security", "catering", "waste", "repairs", "training", "highways", "care", "energy" };
    static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final String BOUNDARY = "soak-boundary-7d1c";

    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    final Map<String, List<Long>> latencies = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
    final List<String> failures = Collections.synchronizedList(new ArrayList<>());
    final List<String> samples = Collections.synchronizedList(new ArrayList<>());
    final ConcurrentLinkedQueue<String[]> submitted = new ConcurrentLinkedQueue<>();
    final List<String[]> businesses = new ArrayList<>(); // {email, token}
    final List<String> notices = new ArrayList<>();
    final AtomicInteger responder = new AtomicInteger();
    final Random random = new Random(20261204);
    volatile String officer;
    volatile String buyer;
    Properties staff = new Properties();

    public static void main(String[] args) throws Exception {
        int seconds = Integer.parseInt(args[0]);
        int rate = Integer.parseInt(args[1]);
        Soak soak = new Soak();
        soak.prepare(Integer.parseInt(env("SOAK_BUSINESSES", "20")), Integer.parseInt(env("SOAK_NOTICES", "10")));
        soak.run(seconds, rate);
        Files.writeString(Path.of(args[2]), soak.report(seconds, rate));
        System.out.println(Files.readString(Path.of(args[2])));
        System.exit(soak.failures.isEmpty() ? 0 : 1);
    }

    void prepare(int businessCount, int noticeCount) throws Exception {
        try (var in = Files.newBufferedReader(STATE.resolve("staff-passwords.env"))) {
            staff.load(in);
        }
        officer = signIn("officer@onestop.local", staff.getProperty("ONESTOP_OFFICER_PASSWORD"));
        buyer = signIn("buyer@onestop.local", staff.getProperty("ONESTOP_BUYER_PASSWORD"));
        String run = Long.toString(System.currentTimeMillis(), 36);
        for (int i = 0; i < businessCount; i++) {
            String email = "soak-" + run + "-" + i + "@example.com";
            call("setup", "POST", "/api/auth/register", null, json("email", email, "password", "correct horse battery staple",
                    "businessName", "Soak Trading " + i + " Ltd", "postcode", "B1 1BB"), 202);
            String token = awaitVerificationToken(email);
            call("setup", "POST", "/api/auth/verify-email", null, json("token", token), 204);
            String signedIn = signIn(email, "correct horse battery staple");
            call("setup", "PUT", "/api/opportunities/suppliers/me", signedIn, "{\"name\":\"Soak Trading " + i
                    + " Ltd\",\"size\":\"SMALL\",\"vcse\":false,\"postcode\":\"B11 2AA\",\"charterSignatory\":true}", 200);
            businesses.add(new String[] { email, signedIn });
        }
        String closing = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        for (int i = 0; i < noticeCount; i++) {
            String body = "{\"title\":\"Soak test grounds maintenance " + i + "\",\"description\":\"Mowing and planting.\","
                    + "\"type\":\"QUOTE\",\"cpvCodes\":[\"77310000-6\"],\"valueMaxPence\":2000000,\"closingAt\":\"" + closing + "\"}";
            String id = field("id", call("setup", "POST", "/api/opportunities/opportunities", buyer, body, 201).body());
            call("setup", "POST", "/api/opportunities/opportunities/" + id + "/publish", buyer, null, 200);
            notices.add(id);
        }
    }

    void run(int seconds, int rate) throws Exception {
        ExecutorService workers = Executors.newFixedThreadPool(32);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        clock.scheduleAtFixedRate(() -> workers.submit(this::oneOperation), 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
        clock.scheduleAtFixedRate(this::sample, 0, 10, TimeUnit.SECONDS);
        // access tokens live 5 minutes (ONESTOP_TOKEN_TTL): everyone signs in again before theirs runs out
        clock.scheduleAtFixedRate(this::signInAgain, 4, 4, TimeUnit.MINUTES);
        Thread.sleep(seconds * 1000L);
        clock.shutdownNow();
        workers.shutdown();
        workers.awaitTermination(60, TimeUnit.SECONDS);
        sample();
    }

    /** One user action, chosen with the workload's weights: mostly searches, then the licensing and tender work. */
    void oneOperation() {
        try {
            int pick;
            synchronized (random) {
                pick = random.nextInt(100);
            }
            if (pick < 55) {
                search();
            } else if (pick < 70) {
                draft();
            } else if (pick < 82) {
                submitPaid();
            } else if (pick < 94) {
                decide();
            } else {
                respond();
            }
        } catch (Exception e) {
            failures.add(e.toString());
        }
    }

    void search() throws Exception {
        String word = WORDS[Math.floorMod(Thread.currentThread().hashCode() + (int) System.nanoTime(), WORDS.length)];
        call("GET search", "GET", "/api/opportunities/opportunities?q=" + word, null, null, 200);
    }

    String draft() throws Exception {
        String[] business = business();
        String body = "{\"licenceTypeCode\":\"PRIVATE_HIRE_DRIVER\",\"kind\":\"NEW\",\"holderName\":\"Soak Driver\","
                + "\"details\":{\"dvlaLicenceNumber\":\"MORGA753116SM9IJ\",\"dbsCertificateNumber\":\"001234567890\","
                + "\"dbsUpdateService\":true}}";
        String id = field("id", call("POST application", "POST", "/api/licensing/applications", business[1], body, 201).body());
        call("GET application", "GET", "/api/licensing/applications/" + id, business[1], null, 200);
        return business[1] + " " + id;
    }

    /** A complete application: drafted, its documents uploaded, its fee paid on the Pay stand-in, submitted. */
    void submitPaid() throws Exception {
        String[] drafted = draft().split(" ");
        String token = drafted[0];
        String id = drafted[1];
        for (String type : List.of("DBS_CERTIFICATE", "GROUP2_MEDICAL", "DVLA_LICENCE")) {
            upload("POST document", "/api/licensing/applications/" + id + "/documents?type=" + type, token);
        }
        String nextUrl = field("nextUrl", call("POST payment", "POST", "/api/licensing/applications/" + id + "/payment",
                token, null, 201).body());
        form(nextUrl, "cardNo=4444333322221111&expiryMonth=12&expiryYear=30&cardholderName=A+Payer&cvc=123");
        form(nextUrl + "/confirm", "");
        // back from Pay: the service asks Pay for the payment's state, as the payer's return does
        call("GET payment", "GET", "/api/licensing/applications/" + id + "/payment", token, null, 200);
        String etag = call("GET application", "GET", "/api/licensing/applications/" + id, token, null, 200)
                .headers().firstValue("ETag").orElseThrow();
        call("POST submit", "POST", "/api/licensing/applications/" + id + "/submit", token, null, 200, "If-Match", etag);
        submitted.add(new String[] { id });
    }

    void decide() throws Exception {
        String[] next = submitted.poll();
        if (next == null) {
            search();
            return;
        }
        String path = "/api/licensing/applications/" + next[0];
        String etag = call("GET application", "GET", path, officer, null, 200).headers().firstValue("ETag").orElseThrow();
        call("POST validate", "POST", path + "/validate", officer, null, 200, "If-Match", etag);
        etag = call("GET application", "GET", path, officer, null, 200).headers().firstValue("ETag").orElseThrow();
        call("POST decision", "POST", path + "/decision", officer, "{\"outcome\":\"GRANT\",\"conditions\":[],"
                + "\"reasons\":\"All checks passed\"}", 200, "If-Match", etag);
    }

    void respond() throws Exception {
        int n = responder.getAndIncrement();
        if (n >= businesses.size() * notices.size()) {
            search();
            return;
        }
        String token = businesses.get(n % businesses.size())[1];
        String notice = notices.get(n / businesses.size());
        call("POST response", "POST", "/api/opportunities/opportunities/" + notice + "/responses", token,
                "{\"summary\":\"Weekly visits by our own crew.\",\"pricePence\":1500000}", 201);
    }

    void signInAgain() {
        try {
            officer = signIn("officer@onestop.local", staff.getProperty("ONESTOP_OFFICER_PASSWORD"));
            buyer = signIn("buyer@onestop.local", staff.getProperty("ONESTOP_BUYER_PASSWORD"));
            for (String[] business : businesses) {
                business[1] = signIn(business[0], "correct horse battery staple");
            }
        } catch (Exception e) {
            failures.add("signing in again: " + e);
        }
    }

    String[] business() {
        synchronized (random) {
            return businesses.get(random.nextInt(businesses.size()));
        }
    }

    HttpResponse<String> call(String route, String method, String path, String token, String body, int expected,
            String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return timed(route, request.build(), expected);
    }

    void upload(String route, String path, String token) throws Exception {
        byte[] head = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"doc.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] tail = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[head.length + PDF.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(PDF, 0, body, head.length, PDF.length);
        System.arraycopy(tail, 0, body, head.length + PDF.length, tail.length);
        timed(route, HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), 201);
    }

    /** A form on the Pay stand-in's hosted page (not timed: it stands for the payer's own time on GOV.UK Pay). */
    void form(String url, String body) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() >= 400) {
            throw new IllegalStateException("Pay stand-in " + url + ": " + answer.statusCode());
        }
    }

    HttpResponse<String> timed(String route, HttpRequest request, int expected) throws Exception {
        long start = System.nanoTime();
        HttpResponse<String> answer;
        try {
            answer = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            errors.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
            throw e;
        }
        long micros = (System.nanoTime() - start) / 1000;
        latencies.computeIfAbsent(route, r -> Collections.synchronizedList(new ArrayList<>())).add(micros);
        if (answer.statusCode() != expected) {
            errors.computeIfAbsent(route, r -> new AtomicInteger()).incrementAndGet();
            throw new IllegalStateException(route + " " + request.uri().getPath() + ": " + answer.statusCode() + " "
                    + answer.body().substring(0, Math.min(300, answer.body().length())));
        }
        return answer;
    }

    String signIn(String email, String password) throws Exception {
        return field("accessToken", call("setup", "POST", "/api/auth/token", null,
                json("email", email, "password", password), 200).body());
    }

    String awaitVerificationToken(String email) throws Exception {
        Pattern link = Pattern.compile("\"email_address\"\\s*:\\s*\"" + Pattern.quote(email)
                + "\".*?verify-email\\?token=([A-Za-z0-9_-]+)", Pattern.DOTALL);
        for (int attempt = 0; attempt < 100; attempt++) {
            String emails = http.send(HttpRequest.newBuilder(URI.create(STAND_INS + "/notify/emails")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher m = link.matcher(emails);
            if (m.find()) {
                return m.group(1);
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("No verification email for " + email + " on the Notify stand-in");
    }

    /** Every service's resident memory, heap, outbox backlog, and the consumers' lag, as one row of the report. */
    void sample() {
        StringBuilder row = new StringBuilder("| " + Instant.now().truncatedTo(ChronoUnit.SECONDS) + " |");
        for (String service : SERVICES) {
            row.append(' ').append(rssMb(service)).append(" / ")
                    .append(Math.round(metric(service, "jvm_memory_used_bytes", "area=\"heap\"") / 1048576)).append(" |");
        }
        row.append(' ').append(Math.round(metric("licensing-service", "onestop_outbox_backlog", "")
                + metric("opportunities-service", "onestop_outbox_backlog", "")
                + metric("gateway", "onestop_outbox_backlog", ""))).append(" | ").append(consumerLag()).append(" |");
        samples.add(row.toString());
    }

    long rssMb(String service) {
        try {
            String pid = Files.readString(STATE.resolve("run/" + service + ".pid")).trim();
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    double metric(String service, String name, String label) {
        try {
            String body = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + MANAGEMENT.get(service)
                    + "/q/metrics")).timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
            return body.lines().filter(l -> l.startsWith(name + "{") || l.startsWith(name + " "))
                    .filter(l -> l.contains(label))
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1))).sum();
        } catch (Exception e) {
            return -1;
        }
    }

    long consumerLag() {
        Properties props = new Properties();
        props.put("bootstrap.servers", "127.0.0.1:" + env("ONESTOP_KAFKA_PORT", "9092"));
        try (Admin admin = Admin.create(props)) {
            long lag = 0;
            var groups = admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get(10, TimeUnit.SECONDS);
            for (GroupListing group : groups) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new TreeMap<>(
                        (a, b) -> (a.topic() + a.partition()).compareTo(b.topic() + b.partition()));
                committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
                for (var entry : committed.entrySet()) {
                    if (entry.getValue() != null) {
                        lag += ends.get(entry.getKey()).offset() - entry.getValue().offset();
                    }
                }
            }
            return lag;
        } catch (Exception e) {
            return -1;
        }
    }

    String report(int seconds, int rate) {
        StringBuilder md = new StringBuilder();
        md.append("### Soak, ").append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(", ")
                .append(Runtime.getRuntime().availableProcessors()).append(" cores, ").append(seconds).append(" s at ")
                .append(rate).append(" operations/s, load average ").append(loadAverage()).append(" at the end\n\n");
        md.append("| Route | Requests | Per second | p50 ms | p99 ms | Errors |\n|---|---|---|---|---|---|\n");
        new TreeMap<>(latencies).forEach((route, list) -> {
            List<Long> sorted;
            synchronized (list) {
                sorted = new ArrayList<>(list);
            }
            Collections.sort(sorted);
            md.append("| ").append(route).append(" | ").append(sorted.size()).append(" | ")
                    .append(String.format("%.1f", sorted.size() / (double) seconds)).append(" | ")
                    .append(String.format("%.1f", percentile(sorted, 50) / 1000.0)).append(" | ")
                    .append(String.format("%.1f", percentile(sorted, 99) / 1000.0)).append(" | ")
                    .append(errors.getOrDefault(route, new AtomicInteger()).get()).append(" |\n");
        });
        md.append("\nFailed operations: ").append(failures.size()).append(failures.isEmpty() ? "" : " (first: "
                + failures.get(0) + ")").append("\n\n");
        md.append("| Time | gateway RSS / heap MB | licensing | opportunities | portal | Outbox backlog | Consumer lag |\n")
                .append("|---|---|---|---|---|---|---|\n");
        samples.forEach(s -> md.append(s).append('\n'));
        return md.toString();
    }

    static long percentile(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    static String field(String name, String json) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + name + " in " + json);
        }
        return m.group(1);
    }

    static String json(String... pairs) {
        StringBuilder json = new StringBuilder("{");
        for (int i = 0; i < pairs.length; i += 2) {
            json.append(i == 0 ? "" : ",").append('"').append(pairs[i]).append("\":\"")
                    .append(pairs[i + 1].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return json.append('}').toString();
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

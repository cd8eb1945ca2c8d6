package onestop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Two replicas of every service behind the local stack's balancer ({@link ReplicatedSystem}, as
 * {@code deploy/local/up --replicas 2} runs them): what the code claims about replicas holds when they run. The
 * outbox relays publish each event once (ADR 0002), a scheduled job due on both replicas acts once, the replicas
 * of a consumer share its group's partitions, a sign-in, a refresh token and a portal session made on one gateway
 * hold on the other, a sign-in limit counted on one gateway applies on the other (ADR 0006), and killing one
 * replica of each service loses no write that a client retried and duplicates none.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoReplicasIT {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(TwoReplicasIT.class);
    private static final String GATEWAY = RunningSystem.GATEWAY;
    private static final String NOTICES = Api.OPPORTUNITIES + "/opportunities";
    private static final String BUYER = "buyer@onestop.local";
    private static ReplicatedSystem system;
    private static String buyer;
    private static int addresses;

    @BeforeAll
    static void start() {
        system = new ReplicatedSystem(); // assigned first: a start that fails half-way is still stopped after
        system.start();
        buyer = signIn(system.gatewayUrl(), BUYER, ReplicatedSystem.BUYER_PASSWORD).path("accessToken");
    }

    @AfterAll
    static void stop() {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void aSignInARefreshTokenAndAPortalSessionMadeOnOneGatewayHoldOnTheOther() {
        String a = system.replicaUrl(GATEWAY, 1);
        String b = system.replicaUrl(GATEWAY, 2);
        Response pair = signIn(a, BUYER, ReplicatedSystem.BUYER_PASSWORD);
        // the access token signed by gateway 1 is good on gateway 2: the signing keys are shared through the database
        given().baseUri(b).header("Authorization", "Bearer " + pair.path("accessToken")).when().get("/api/me")
                .then().statusCode(200);
        // the refresh token issued by gateway 1 is spent on gateway 2, and then spent for gateway 1 too
        String refresh = pair.path("refreshToken");
        client(b).contentType(ContentType.JSON).body(Map.of("refreshToken", refresh)).when().post("/api/auth/refresh")
                .then().statusCode(200);
        client(a).contentType(ContentType.JSON).body(Map.of("refreshToken", refresh)).when().post("/api/auth/refresh")
                .then().statusCode(401);
        // a portal session made through gateway 1 (and whichever portal replica) is good through gateway 2 and on both portals
        String csrf = "a-csrf-token-of-the-anonymous-forms-000000";
        String session = client(a).redirects().follow(false).cookie("onestop_csrf", csrf).formParam("csrf", csrf)
                .formParam("email", BUYER).formParam("password", ReplicatedSystem.BUYER_PASSWORD).when().post("/sign-in")
                .then().statusCode(303).extract().cookie("onestop_session");
        for (String url : List.of(b, system.replicaUrl(RunningSystem.PORTAL, 1), system.replicaUrl(RunningSystem.PORTAL, 2))) {
            given().baseUri(url).redirects().follow(false).cookie("onestop_session", session).when().get("/account")
                    .then().statusCode(200);
        }
    }

    @Test
    @Order(2)
    void aSignInLimitCountedOnOneGatewayAppliesOnTheOther() {
        String address = nextAddress();
        for (int i = 0; i < ReplicatedSystem.SIGN_IN_LIMIT; i++) {
            String gateway = system.replicaUrl(GATEWAY, i % 2 + 1);
            given().baseUri(gateway).header("X-Forwarded-For", address).contentType(ContentType.JSON)
                    .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "not a password"))
                    .when().post("/api/auth/token").then().statusCode(401);
        }
        for (int replica = 1; replica <= 2; replica++) {
            given().baseUri(system.replicaUrl(GATEWAY, replica)).header("X-Forwarded-For", address)
                    .contentType(ContentType.JSON).body(Map.of("email", BUYER, "password", ReplicatedSystem.BUYER_PASSWORD))
                    .when().post("/api/auth/token").then().statusCode(429);
        }
    }

    @Test
    @Order(3)
    void theClosingJobDueOnBothReplicasClosesANoticeOnce() throws Exception {
        Instant closingAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String notice = publishNotice("Closing once: litter picking", closingAt);
        system.moveOpportunitiesClock(closingAt.plusSeconds(60));
        try {
            Awaitility.await("the notice closed").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> "CLOSED".equals(as(buyer).when().get(NOTICES + "/" + notice).path("status")));
            // both replicas' jobs go on running every second over the same rows: still one closed event after 3 s
            Awaitility.await("one closed event while both jobs run on").during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10)).until(() -> count("opportunities",
                            "select count(*) from outbox_event where aggregate_id = ? and event_type like '%.closed'",
                            notice) == 1);
        } finally {
            system.moveOpportunitiesClock(null);
        }
        assertThat(count("opportunities", "select count(*) from outbox_event where aggregate_id = ? and event_type like '%.closed'",
                notice)).as("closed events written for the notice").isEqualTo(1);
    }

    @Test
    @Order(4)
    void theRelaysPublishEveryEventOnce() throws Exception {
        for (int i = 0; i < 8; i++) {
            publishNotice("Published once " + i, Instant.now().plus(3, ChronoUnit.DAYS));
        }
        for (String database : List.of("opportunities", "gateway", "licensing")) {
            Awaitility.await(database + "'s outbox drained").atMost(Duration.ofSeconds(60))
                    .until(() -> count(database, "select count(*) from outbox_event where published_at is null") == 0);
        }
        Map<String, String> written = new HashMap<>();
        for (String database : List.of("opportunities", "gateway", "licensing")) {
            written.putAll(rows(database, "select event_id::text, topic from outbox_event"));
        }
        Map<String, Integer> published = TopicCounts.byEventId(system.kafkaBootstrapServers(), List.copyOf(
                new java.util.HashSet<>(written.values())));
        assertThat(written).as("events written").hasSizeGreaterThanOrEqualTo(9);
        assertThat(published.keySet()).as("events on the topics").containsExactlyInAnyOrderElementsOf(written.keySet());
        assertThat(published.values()).as("copies of each event").containsOnly(1);
    }

    @Test
    @Order(5)
    void theReplicasOfAConsumerShareItsGroupsPartitions() throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", system.kafkaBootstrapServers());
        try (Admin admin = Admin.create(props)) {
            Awaitility.await("every group's two members each with partitions").atMost(Duration.ofSeconds(90))
                    .pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                        List<String> groups = admin.listConsumerGroups().all().get().stream()
                                // the services' consumers; not the readers of a replica's own that count dead letters
                                .map(listing -> listing.groupId()).filter(id -> !id.startsWith("dead-letter-reader-")).toList();
                        assertThat(groups).as("consumer groups").hasSizeGreaterThanOrEqualTo(3);
                        for (ConsumerGroupDescription group : admin.describeConsumerGroups(groups).all().get().values()) {
                            assertThat(group.members()).as(group.groupId() + "'s members").hasSize(ReplicatedSystem.REPLICAS);
                            assertThat(group.members()).as(group.groupId() + "'s assignments")
                                    .allSatisfy(member -> assertThat(partitions(member)).isPositive());
                        }
                    });
        }
    }

    @Test
    @Order(6)
    void killingOneReplicaOfEachLosesNoRetriedWriteAndDuplicatesNone() throws Exception {
        RetryingWriter writer = new RetryingWriter(system.gatewayUrl(), buyer);
        writer.start();
        try {
            writer.awaitAcknowledged(5, Duration.ofSeconds(60));
            for (String service : ReplicatedSystem.SERVICES) {
                system.kill(service, 1);
            }
            int atKill = writer.acknowledged().size();
            // a write cut off inside a killed replica may wait out its key's claim (a minute) before it acts
            writer.awaitAcknowledged(atKill + 10, Duration.ofSeconds(150));
        } finally {
            writer.stop();
        }
        List<String> acknowledged = writer.acknowledged();
        for (String title : acknowledged) {
            assertThat(count("opportunities", "select count(*) from opportunity where title = ?", title))
                    .as("stored copies of the acknowledged draft '%s'", title).isEqualTo(1);
        }
        assertThat(count("opportunities", "select count(*) from opportunity where title like ?", RetryingWriter.PREFIX + "%"))
                .as("drafts stored in all").isEqualTo(acknowledged.size());
        LOG.infof("%d drafts acknowledged, %d tries again after a cut connection or a 409/502/503/504",
                acknowledged.size(), writer.retries());
        assertThat(writer.unexpected()).as("answers other than 201 and the retried ones").isEmpty();
    }

    private static String publishNotice(String title, Instant closingAt) {
        String id = as(buyer).contentType(ContentType.JSON).body(Map.of("title", title,
                        "description", "Mowing, planting and litter picking.", "type", "QUOTE",
                        "cpvCodes", List.of("77310000-6"), "valueMaxPence", 2_000_000, "closingAt", closingAt.toString()))
                .when().post(NOTICES).then().statusCode(201).extract().path("id");
        as(buyer).when().post(NOTICES + "/" + id + "/publish").then().statusCode(200);
        return id;
    }

    private static RequestSpecification as(String token) {
        return given().baseUri(system.gatewayUrl()).header("Authorization", "Bearer " + token);
    }

    /** A client from an address of its own: the sign-in limit counts per address, and each test keeps its own. */
    private static RequestSpecification client(String url) {
        return given().baseUri(url).header("X-Forwarded-For", nextAddress());
    }

    private static Response signIn(String url, String email, String password) {
        Response answer = client(url).contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token");
        answer.then().statusCode(200);
        return answer;
    }

    private static synchronized String nextAddress() {
        addresses++;
        return "198.51.100." + addresses;
    }

    private static int partitions(MemberDescription member) {
        return member.assignment().topicPartitions().size();
    }

    static long count(String database, String sql, String... parameters) throws SQLException {
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Map<String, String> rows(String database, String sql) throws SQLException {
        Map<String, String> result = new HashMap<>();
        try (Connection connection = connect(database); PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                result.put(rows.getString(1), rows.getString(2));
            }
        }
        return result;
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(system.jdbcUrl(database), "postgres", "postgres");
    }
}

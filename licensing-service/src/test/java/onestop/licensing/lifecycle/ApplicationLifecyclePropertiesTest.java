package onestop.licensing.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import onestop.licensing.LicensingTest;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.support.Licensing;
import onestop.platform.testing.TestTokens;

/**
 * Stateful property-based test of the application and licence lifecycle through the HTTP API of the running service:
 * random sequences of steps ({@link Action}) taken by random roles ({@link Role}), checking after every step that
 * nothing is a server error, that every refusal is a problem document and the one the rules call for, and that
 * the invariants hold: a licence exists only for a granted application, a decision (or withdrawal) is final, and
 * the timeline records every transition, once, in order.
 *
 * <p>jqwik generates the sequences, but they run inside this Jupiter test rather than as a jqwik {@code @Property}:
 * the service under test is the one {@code @QuarkusTest} starts, which is a Jupiter extension, and jqwik's own
 * engine neither runs Jupiter extensions nor supports Quarkus injection. So the sequences come from a jqwik
 * generator driven by a seeded {@link Random}: the seed is printed, and {@code -Donestop.properties.seed=<seed>}
 * runs the same sequences again ({@code -Donestop.properties.sequences=<n>} sets how many).
 */
@LicensingTest
class ApplicationLifecyclePropertiesTest {

    private static final Logger LOG = Logger.getLogger(ApplicationLifecyclePropertiesTest.class);

    private static final Set<ApplicationStatus> FINAL = Set.of(ApplicationStatus.GRANTED, ApplicationStatus.REFUSED,
            ApplicationStatus.WITHDRAWN);

    /** Where a sequence starts: the happy path taken this far. */
    enum Start {
        EMPTY_DRAFT, COMPLETE_DRAFT, SUBMITTED, UNDER_REVIEW, INFORMATION_REQUESTED
    }

    record Step(Role role, Action action) {
        @Override
        public String toString() {
            return action + " by " + role;
        }
    }

    record Sequence(Start start, List<Step> steps) {
    }

    /** A step is mostly taken by the role it is meant for, so that sequences get far; sometimes by anyone. */
    static Arbitrary<Sequence> sequences() {
        Arbitrary<Step> steps = Arbitraries.of(Action.class).flatMap(action -> Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(action.meantFor)), Tuple.of(2, Arbitraries.of(Role.class)))
                .map(role -> new Step(role, action)));
        return Combinators.combine(Arbitraries.of(Start.class), steps.list().ofMinSize(1).ofMaxSize(10))
                .as(Sequence::new);
    }

    @Test
    void randomSequencesOfStepsByRandomRolesKeepTheLifecycleRules() {
        long seed = Long.getLong("onestop.properties.seed", new SecureRandom().nextLong());
        int count = Integer.getInteger("onestop.properties.sequences", 200);
        LOG.infof("Application lifecycle properties: %d sequences, seed %d (repeat: -Donestop.properties.seed=%d)",
                count, seed, seed);
        Random random = new Random(seed);
        // a jqwik session lets its generators run outside a jqwik property (on this Jupiter test's thread)
        JqwikSession.start();
        try {
            RandomGenerator<Sequence> generator = sequences().generator(100);
            runAll(generator, random, count, seed);
        } finally {
            JqwikSession.finish();
        }
    }

    private void runAll(RandomGenerator<Sequence> generator, Random random, int count, long seed) {
        Map<ApplicationStatus, Integer> reached = new java.util.EnumMap<>(ApplicationStatus.class);
        for (int i = 0; i < count; i++) {
            Sequence sequence = generator.next(random).value();
            List<String> log = new ArrayList<>();
            try {
                reached.merge(run(sequence, log), 1, Integer::sum);
            } catch (AssertionError e) {
                throw new AssertionError("Sequence " + i + " of seed " + seed + " from " + sequence.start() + " broke a rule"
                        + " after " + String.join(" -> ", log) + ": " + e.getMessage(), e);
            }
        }
        // how far the sequences got, so that a change that stops them reaching a decision shows
        LOG.info("Application lifecycle properties: sequences ended in " + reached);
        assertThat(reached).containsKeys(ApplicationStatus.GRANTED, ApplicationStatus.REFUSED, ApplicationStatus.WITHDRAWN);
    }

    private ApplicationStatus run(Sequence sequence, List<String> log) {
        UUID owner = UUID.randomUUID();
        String id = startAt(sequence.start(), owner);
        Snapshot application = read(id);
        List<String> transitions = transitions(id, owner);
        assertThat(transitions).as("the timeline's transitions end in the current status").isNotEmpty();
        assertThat(transitions.get(transitions.size() - 1)).endsWith("->" + application.status());
        for (Step step : sequence.steps()) {
            ApplicationStatus before = application.status();
            String etag = application.etag();
            List<Response> answers = step.action().take(step.role(), owner, id, etag);
            Set<Integer> expected = step.action().expectedStatuses(step.role(), before);
            for (Response answer : answers) {
                log.add(step + " (" + before + "): " + answer.statusCode());
                checkAnswer(answer, expected);
            }
            boolean succeeded = answers.stream().allMatch(a -> a.statusCode() < 300)
                    && answers.stream().anyMatch(a -> a.statusCode() < 300);
            application = read(id);
            ApplicationStatus after = application.status();

            if (FINAL.contains(before) || !succeeded || step.action().leadsTo.isEmpty()) {
                assertThat(after).as("a refused step, a step that changes no state, or a decided application").isEqualTo(before);
            } else {
                assertThat(step.action().leadsTo).as("where " + step + " leads").contains(after);
            }
            checkLicence(application.licence(), after, owner);
            List<String> timeline = transitions(id, owner);
            List<String> expectedTimeline = new ArrayList<>(transitions);
            if (after != before) {
                expectedTimeline.add(before + "->" + after);
            }
            assertThat(timeline).as("the timeline records every transition once").isEqualTo(expectedTimeline);
            transitions = timeline;
        }
        return application.status();
    }

    /** No server error; a refusal is a problem document whose status is the answer's, with a type and a detail. */
    private static void checkAnswer(Response answer, Set<Integer> expected) {
        int status = answer.statusCode();
        assertThat(status).as("no server error: " + answer.asString()).isLessThan(500);
        assertThat(expected).as("the answer the rules call for; got " + status + " " + answer.asString()).contains(status);
        if (status >= 400) {
            assertThat(answer.contentType()).startsWith("application/problem+json");
            JsonPath problem = answer.jsonPath();
            assertThat(problem.getInt("status")).isEqualTo(status);
            assertThat(problem.getString("type")).isNotBlank();
            assertThat(problem.getString("title")).isNotBlank();
            assertThat(problem.getString("detail")).isNotBlank();
        }
    }

    /** A licence exists, for the holder, only for a granted application. */
    private static void checkLicence(String licence, ApplicationStatus status, UUID owner) {
        long held = Role.OWNER.request(owner).get("/api/licensing/licences").then().statusCode(200).extract().jsonPath()
                .getLong("total");
        if (status == ApplicationStatus.GRANTED) {
            assertThat(licence).as("the granted application's licence").isNotNull();
            Role.OWNER.request(owner).get("/api/licensing/licences/" + licence).then().statusCode(200);
            assertThat(held).isEqualTo(1);
        } else {
            assertThat(licence).as("no licence for a " + status + " application").isNull();
            assertThat(held).as("the applicant holds no licence").isZero();
        }
    }

    /** The application as an officer reads it: its status, version and licence. */
    record Snapshot(ApplicationStatus status, String etag, String licence) {
    }

    private static Snapshot read(String id) {
        Response answer = RestAssured.given().auth().oauth2(TestTokens.officer("officer@onestop.local"))
                .get(Action.API + id);
        assertThat(answer.statusCode()).isEqualTo(200);
        JsonPath json = answer.jsonPath();
        return new Snapshot(ApplicationStatus.valueOf(json.getString("status")), answer.header("ETag"),
                json.getString("issuedLicenceId"));
    }

    /** The timeline's status changes, oldest first, as {@code FROM->TO}. */
    private static List<String> transitions(String id, UUID owner) {
        List<Map<String, String>> entries = Role.OWNER.request(owner).get(Action.API + id + "/timeline")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return entries.stream().filter(e -> e.get("to") != null && !e.get("to").equals(e.get("from")))
                .map(e -> e.get("from") + "->" + e.get("to")).toList();
    }

    private static String startAt(Start start, UUID owner) {
        Licensing.Business business = new Licensing.Business(owner, TestTokens.business(owner));
        if (start == Start.EMPTY_DRAFT || start == Start.COMPLETE_DRAFT) {
            String id = RestAssured.given().auth().oauth2(business.token()).contentType(ContentType.JSON)
                    .body(Map.of("licenceTypeCode", "PRIVATE_HIRE_DRIVER", "kind", "NEW",
                            "details", Licensing.driverDetails(), "holderName", "Samir Lichfield"))
                    .post("/api/licensing/applications").then().statusCode(201).extract().path("id");
            if (start == Start.COMPLETE_DRAFT) {
                Action.UPLOAD_DOCUMENTS.take(Role.OWNER, owner, id, null).forEach(a -> a.then().statusCode(201));
                Licensing.pay(business, id);
            }
            return id;
        }
        String id = Licensing.submittedPrivateHireDriver(business, "Samir Lichfield");
        String officer = TestTokens.officer("officer@onestop.local");
        if (start == Start.UNDER_REVIEW) {
            Licensing.as(officer).post(Action.API + id + "/validate").then().statusCode(200);
        } else if (start == Start.INFORMATION_REQUESTED) {
            Licensing.as(officer).contentType(ContentType.JSON).body(Map.of("message", "Send a clearer photo."))
                    .post(Action.API + id + "/request-information").then().statusCode(200);
        }
        return id;
    }
}

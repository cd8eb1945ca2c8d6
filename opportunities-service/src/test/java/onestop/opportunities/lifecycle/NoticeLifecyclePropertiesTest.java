package onestop.opportunities.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.api.sessions.JqwikSession;
import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.lifecycle.NoticeAction.Parties;
import onestop.opportunities.lifecycle.NoticeAction.Role;
import onestop.platform.testing.TestTokens;

/**
 * Stateful property-based test of the notice and response lifecycle through the HTTP API of the running service:
 * random sequences of steps by random roles, checking after every step that nothing is a server error, every
 * refusal is a problem document and the one the rules call for, a decided (awarded or cancelled) notice stays
 * so, a notice that is not open takes no response, and the buyer sees, once closed, exactly the responses accepted.
 *
 * <p>As in licensing's ApplicationLifecyclePropertiesTest, jqwik generates the sequences inside a Jupiter test (the
 * service is the one {@code @QuarkusTest} starts, which jqwik's engine would not run), from a printed seed:
 * {@code -Donestop.properties.seed=<seed>} repeats a run, {@code -Donestop.properties.sequences=<n>} sizes it.
 */
@OpportunitiesTest
class NoticeLifecyclePropertiesTest {

    @Inject
    TestClock clock;

    private static final Logger LOG = Logger.getLogger(NoticeLifecyclePropertiesTest.class);

    private static final Set<OpportunityStatus> FINAL = Set.of(OpportunityStatus.AWARDED, OpportunityStatus.CANCELLED);

    record Step(Role role, NoticeAction action) {
        @Override
        public String toString() {
            return action + " by " + role;
        }
    }

    static Arbitrary<List<Step>> sequences() {
        Arbitrary<Step> steps = Arbitraries.of(NoticeAction.class).flatMap(action -> Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.just(action.meantFor())), Tuple.of(2, Arbitraries.of(Role.class)))
                .map(role -> new Step(role, action)));
        return steps.list().ofMinSize(1).ofMaxSize(10);
    }

    @Test
    void randomSequencesOfStepsByRandomRolesKeepTheNoticeAndResponseRules() {
        long seed = Long.getLong("onestop.properties.seed", new SecureRandom().nextLong());
        int count = Integer.getInteger("onestop.properties.sequences", 200);
        LOG.infof("Notice lifecycle properties: %d sequences, seed %d (repeat: -Donestop.properties.seed=%d)",
                count, seed, seed);
        Random random = new Random(seed);
        // a jqwik session lets its generators run outside a jqwik property (on this Jupiter test's thread)
        JqwikSession.start();
        try {
            RandomGenerator<List<Step>> generator = sequences().generator(100);
            Map<OpportunityStatus, Integer> reached = new java.util.EnumMap<>(OpportunityStatus.class);
            for (int i = 0; i < count; i++) {
                List<Step> sequence = generator.next(random).value();
                List<String> log = new ArrayList<>();
                try {
                    reached.merge(run(sequence, log), 1, Integer::sum);
                } catch (AssertionError e) {
                    throw new AssertionError("Sequence " + i + " of seed " + seed + " broke a rule after "
                            + String.join(" -> ", log) + ": " + e.getMessage(), e);
                }
            }
            // how far the sequences got, so that a change that stops them reaching an award shows
            LOG.info("Notice lifecycle properties: sequences ended in " + reached);
        } finally {
            JqwikSession.finish();
        }
    }

    private OpportunityStatus run(List<Step> steps, List<String> log) {
        clock.reset(); // a sequence before may have passed its notice's deadline
        Instant closingAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        UUID supplierBusiness = UUID.randomUUID();
        Parties parties = new Parties(TestTokens.buyer("Birmingham City Council"), TestTokens.buyer("Another Council"),
                TestTokens.business(supplierBusiness), TestTokens.business(UUID.randomUUID()), TestTokens.officer());
        Api.supplierProfile(parties.supplier(), "Balsall Heath Vans Ltd");
        String id = parties.as(Role.BUYER).contentType(ContentType.JSON).body(Map.of(
                "title", "Van hire for parks", "description", "Vans with drivers for the parks service.",
                "type", "QUOTE", "cpvCodes", List.of("60000000-8"), "valueMaxPence", 2_000_000,
                "closingAt", closingAt.toString()))
                .post("/api/opportunities/opportunities").then().statusCode(201).extract().path("id");
        OpportunityStatus status = read(parties, id);
        List<String> accepted = new ArrayList<>();
        for (Step step : steps) {
            if (step.action() == NoticeAction.DEADLINE_PASSES) {
                log.add(step + " (" + status + ")");
                OpportunityStatus before = status;
                clock.set(closingAt.plusSeconds(1));
                Awaitility.await().atMost(Duration.ofSeconds(10))
                        .until(() -> read(parties, id) != OpportunityStatus.OPEN);
                status = read(parties, id);
                assertThat(status).as("an open notice closes at its deadline; any other stays as it was")
                        .isEqualTo(before == OpportunityStatus.OPEN ? OpportunityStatus.CLOSED : before);
                checkResponsesOnceClosed(parties, id, status, accepted);
                continue;
            }
            boolean supplierResponded = accepted.stream().anyMatch(r -> r.startsWith("SUPPLIER:"));
            Set<Integer> expected = step.action().expectedStatuses(step.role(), status,
                    step.action() == NoticeAction.AWARD ? !accepted.isEmpty() : supplierResponded,
                    !clock.instant().isBefore(closingAt));
            String awardable = accepted.isEmpty() ? null : accepted.get(0).substring(accepted.get(0).indexOf(':') + 1);
            Response answer = step.action().take(step.role(), parties, id, awardable);
            log.add(step + " (" + status + "): " + answer.statusCode());
            checkAnswer(answer, expected);
            if (step.action() == NoticeAction.RESPOND && answer.statusCode() == 201) {
                assertThat(status).as("only an open notice takes a response").isEqualTo(OpportunityStatus.OPEN);
                accepted.add(step.role() + ":" + answer.jsonPath().getString("id"));
            }

            OpportunityStatus after = read(parties, id);
            if (FINAL.contains(status) || answer.statusCode() >= 300 || step.action().leadsTo.isEmpty()) {
                assertThat(after).as("a refused step, a step that changes no state, or a decided notice").isEqualTo(status);
            } else {
                assertThat(step.action().leadsTo).as("where " + step + " leads").contains(after);
            }
            status = after;
            checkResponsesOnceClosed(parties, id, status, accepted);
        }
        return status;
    }

    private static void checkResponsesOnceClosed(Parties parties, String id, OpportunityStatus status,
            List<String> accepted) {
        if (status == OpportunityStatus.CLOSED || status == OpportunityStatus.AWARDED) {
            List<String> received = parties.as(Role.BUYER).get(NoticeAction.API + id + "/responses")
                    .then().statusCode(200).extract().jsonPath().getList("id");
            assertThat(received).as("the buyer sees every accepted response, none half-stored")
                    .containsExactlyInAnyOrderElementsOf(accepted.stream().map(r -> r.substring(r.indexOf(':') + 1))
                            .toList());
        }
    }

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

    private static OpportunityStatus read(Parties parties, String id) {
        return OpportunityStatus.valueOf(parties.as(Role.BUYER).get(NoticeAction.API + id)
                .then().statusCode(200).extract().jsonPath().getString("status"));
    }
}

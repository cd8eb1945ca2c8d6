package onestop.system.faults;

import static onestop.system.Api.as;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import onestop.system.Api;
import onestop.system.RunningSystem;

/**
 * Fifty writes racing for one thing, through the gateway against the packaged services: fifty officers' decisions
 * on one application (one wins, every other is told why in a 409 or 412), and fifty suppliers' responses arriving
 * as a notice's deadline passes (each accepted or refused, none half-stored).
 */
class ConcurrentWritesIT {

    private static final int RACERS = 50;

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @AfterEach
    void realTime() {
        system.moveClock(RunningSystem.OPPORTUNITIES, null);
    }

    @Test
    void ofFiftyConcurrentDecisionsOnOneApplicationExactlyOneWins() throws Exception {
        Api.Business holder = Api.registerBusiness("Racing Cabs Ltd");
        String officer = Api.staffToken(system, "officer");
        String id = Api.validatedPrivateHireDriverApplication(system, holder);
        String path = Api.LICENSING + "/applications/" + id;
        String etag = as(officer).when().get(path).then().statusCode(200).extract().header("ETag");

        List<Response> answers = race(i -> () -> as(officer).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("outcome", i % 2 == 0 ? "GRANT" : "REFUSE", "reasons", "Decision " + i,
                        "conditions", List.of()))
                .when().post(path + "/decision"));

        assertThat(answers).filteredOn(a -> a.statusCode() == 200).hasSize(1);
        for (Response refused : answers.stream().filter(a -> a.statusCode() != 200).toList()) {
            assertThat(refused.statusCode()).as(refused.asString()).isIn(409, 412);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        String winner = answers.stream().filter(a -> a.statusCode() == 200).findFirst().orElseThrow()
                .jsonPath().getString("status");
        assertThat(as(officer).when().get(path).then().statusCode(200).extract().jsonPath().getString("status"))
                .as("the application's state is the winner's").isEqualTo(winner);
        // the timeline records one decision
        assertThat(as(holder.token()).when().get(path + "/timeline").then().statusCode(200).extract().jsonPath()
                .getList("to")).containsOnlyOnce(winner);
    }

    @Test
    void fiftyResponsesAsTheDeadlinePassesAreEachAcceptedOrRefusedAndNoneHalfStored() throws Exception {
        String buyer = Api.staffToken(system, "buyer");
        Instant closingAt = Instant.now().plus(2, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        String notice = as(buyer).contentType(ContentType.JSON).body(Map.of(
                "title", "Grounds maintenance at three parks", "description", "Mowing, planting and litter picking.",
                "type", "QUOTE", "cpvCodes", List.of("77310000-6"), "valueMaxPence", 2_000_000,
                "closingAt", closingAt.toString()))
                .when().post(Api.OPPORTUNITIES + "/opportunities").then().statusCode(201).extract().path("id");
        as(buyer).when().post(Api.OPPORTUNITIES + "/opportunities/" + notice + "/publish").then().statusCode(200);
        List<Api.Business> suppliers = new ArrayList<>();
        for (int i = 0; i < RACERS; i++) {
            suppliers.add(Api.registerBusiness("Deadline Gardens " + i + " Ltd"));
        }
        String responses = Api.OPPORTUNITIES + "/opportunities/" + notice + "/responses";

        // the deadline falls in the middle of the burst
        system.moveClock(RunningSystem.OPPORTUNITIES, closingAt.minusMillis(150));
        List<Response> answers = race(i -> () -> as(suppliers.get(i).token()).contentType(ContentType.JSON)
                .body(Map.of("summary", "Weekly visits by our own crew " + i, "pricePence", 1_500_000 + i))
                .when().post(responses));

        int accepted = 0;
        for (int i = 0; i < RACERS; i++) {
            Response answer = answers.get(i);
            assertThat(answer.statusCode()).as(answer.asString()).isIn(201, 409, 422);
            List<Object> stored = as(suppliers.get(i).token()).when().get(responses)
                    .then().statusCode(200).extract().jsonPath().getList("items");
            if (answer.statusCode() == 201) {
                accepted++;
                assertThat(stored).as("supplier %d's accepted response", i).hasSize(1);
            } else {
                assertThat(answer.contentType()).startsWith("application/problem+json");
                assertThat(stored).as("supplier %d's refused response", i).isEmpty();
            }
        }
        assertThat(as(buyer).when().get(responses + "/received").then().statusCode(200).extract().jsonPath()
                .getInt("count")).as("responses the buyer will open").isEqualTo(accepted);
    }

    /** Starts {@link #RACERS} calls at the same moment and returns their answers, in the order of their index. */
    private static List<Response> race(java.util.function.IntFunction<Callable<Response>> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch gate = new CountDownLatch(1);
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                Callable<Response> c = call.apply(i);
                futures.add(pool.submit(() -> {
                    gate.await();
                    return c.call();
                }));
            }
            gate.countDown();
            List<Response> answers = new ArrayList<>();
            for (Future<Response> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}

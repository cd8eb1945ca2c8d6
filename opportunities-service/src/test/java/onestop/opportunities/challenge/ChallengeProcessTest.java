package onestop.opportunities.challenge;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.opportunities.TestClock;
import onestop.platform.testing.TestTokens;

@OpportunitiesTest
class ChallengeProcessTest {

    private static final String OFFICIAL = "https://standard.open-contracting.org/schema/1__1__5/";

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final UUID alphaId = UUID.randomUUID();
    private final UUID betaId = UUID.randomUUID();
    private final UUID gammaId = UUID.randomUUID();
    private final String alpha = TestTokens.business(alphaId);
    private final String beta = TestTokens.business(betaId);
    private final String gamma = TestTokens.business(gammaId);

    @Inject
    TestClock clock;

    @Inject
    EntityManager em;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void threeProposalsTwoShortlistedBothFundedOneToPreCommercialisation() {
        UUID id = challenge(false, 10_000_000);
        String base = OPPORTUNITIES + "/" + id + "/challenge";
        Api.supplierProfile(alpha, "Alpha Air Ltd");
        Api.supplierProfile(beta, "Beta Sensors Ltd");
        Api.supplierProfile(gamma, "Gamma Filters Ltd");

        open(id, "INVITING_SOLUTIONS", "PROPOSAL");
        for (String supplier : List.of(alpha, beta, gamma)) {
            as(supplier).body(Map.of("summary", "Our proposal")).post(base + "/stages/INVITING_SOLUTIONS/submissions")
                    .then().statusCode(200).body("stage", is("INVITING_SOLUTIONS"));
        }
        // sealed: the buyer cannot read them before the deadline; a supplier sees only its own
        as(council).get(base + "/stages/INVITING_SOLUTIONS/submissions").then().statusCode(409);
        as(alpha).get(base + "/stages/INVITING_SOLUTIONS/submissions").then().statusCode(200)
                .body("businessId", contains(alphaId.toString()));
        as(council).get(base).then().body("stages[0].submissions", is(3));

        pastDeadline();
        as(council).get(base + "/stages/INVITING_SOLUTIONS/submissions").then().statusCode(200).body("$", hasSize(3));
        decide(id, "INVITING_SOLUTIONS", List.of(alphaId, betaId), List.of()).then().statusCode(200)
                .body("stages[0].decided", is(true)).body("stages[0].kept", is(2));

        // gamma is out: it may not submit at exploration
        open(id, "EXPLORATION", "FEASIBILITY_REPORT");
        as(gamma).body(Map.of("summary", "Still here")).post(base + "/stages/EXPLORATION/submissions")
                .then().statusCode(422).body("errors.field", hasItem("stage"));
        for (String supplier : List.of(alpha, beta)) {
            as(supplier).body(Map.of("summary", "Feasibility")).post(base + "/stages/EXPLORATION/submissions")
                    .then().statusCode(200);
        }
        pastDeadline();
        decide(id, "EXPLORATION", List.of(alphaId, betaId), List.of(funding(alphaId, 3_000_000),
                funding(betaId, 3_000_000))).then().statusCode(200).body("fundedTotalPence", is(6_000_000))
                .body("stages[1].funded.name", containsInAnyOrder("Alpha Air Ltd", "Beta Sensors Ltd"));

        advance(id, "ACCELERATOR");
        open(id, "PROTOTYPE", "PROTOTYPE_DEMONSTRATION");
        for (String supplier : List.of(alpha, beta)) {
            as(supplier).body(Map.of("summary", "Demo")).post(base + "/stages/PROTOTYPE/submissions")
                    .then().statusCode(200);
        }
        pastDeadline();
        // more than the budget is refused, naming the field
        decide(id, "PROTOTYPE", List.of(alphaId), List.of(funding(alphaId, 5_000_000))).then().statusCode(422)
                .body("errors.field", hasItem("funding")).body("errors.code", hasItem("over-budget"));
        decide(id, "PROTOTYPE", List.of(alphaId), List.of(funding(alphaId, 4_000_000))).then().statusCode(200)
                .body("fundedTotalPence", is(10_000_000));

        as(beta).get(base + "/standing").then().statusCode(200)
                .body("outcome", contains("IN", "FUNDED", "OUT"));
        assertThat(outcomes(id, betaId)).containsExactly("IN", "FUNDED", "OUT");
        assertThat(outcomes(id, gammaId)).containsExactly("OUT");
        assertThat(outcomes(id, alphaId)).containsExactly("IN", "FUNDED", "FUNDED");
        as(TestTokens.officer()).get(base).then().statusCode(200).body("budgetPence", is(10_000_000))
                .body("stages[3].funded.name", contains("Alpha Air Ltd"));

        // OCDS: a lot per phase, an award per funded supplier per phase, valid against the OCDS 1.1 schema
        String ocds = given().get(base + "/ocds").then().statusCode(200).extract().asString();
        JsonNode pkg = read(ocds);
        assertThat(schema().validate(pkg)).isEmpty();
        JsonNode release = pkg.path("releases").path(0);
        assertThat(release.path("tender").path("lots")).hasSize(5);
        assertThat(release.path("awards")).hasSize(3);
        assertThat(release.path("awards").path(2).path("relatedLots").path(0).asText()).isEqualTo("PROTOTYPE");
        assertThat(release.path("awards").path(2).path("suppliers").path(0).path("name").asText())
                .isEqualTo("Alpha Air Ltd");
    }

    @Test
    void anSbriChallengeKeepsAtLeastTwoCompetitors() {
        UUID id = challenge(true, 5_000_000);
        String base = OPPORTUNITIES + "/" + id + "/challenge";
        open(id, "INVITING_SOLUTIONS", "PROPOSAL");
        as(alpha).body(Map.of("summary", "A")).post(base + "/stages/INVITING_SOLUTIONS/submissions").then().statusCode(200);
        as(beta).body(Map.of("summary", "B")).post(base + "/stages/INVITING_SOLUTIONS/submissions").then().statusCode(200);
        pastDeadline();
        decide(id, "INVITING_SOLUTIONS", List.of(alphaId), List.of()).then().statusCode(422)
                .body("errors.field", hasItem("kept")).body("errors.code", hasItem("sbri-two-competitors"));
        as(TestTokens.officer()).get(base).then().body("ipPosition", is("The supplier keeps its intellectual property."))
                .body("sbri", is(true));
    }

    @Test
    void othersGetNotFoundAndBadInputNamesTheField() {
        UUID id = challenge(false, 1_000_000);
        String base = OPPORTUNITIES + "/" + id + "/challenge";
        String stranger = TestTokens.buyer("Another Council");
        as(stranger).body(terms(false, 1)).put(base + "/terms").then().statusCode(404);
        as(stranger).get(base + "/stages/INVITING_SOLUTIONS/submissions").then().statusCode(404);
        as(alpha).body(terms(false, 1)).put(base + "/terms").then().statusCode(403);
        as(council).body(Map.of("sbri", false, "budgetPence", -5, "ipPosition", "x")).put(base + "/terms")
                .then().statusCode(400).body("errors.field", hasItem("budgetPence"));
        as(council).body(Map.of("asked", "PROPOSAL")).put(base + "/stages/INVITING_SOLUTIONS")
                .then().statusCode(400).body("errors.field", hasItem("deadline"));
        as(council).body(Map.of("asked", "PROPOSAL", "deadline", Instant.now().minusSeconds(60).toString()))
                .put(base + "/stages/INVITING_SOLUTIONS").then().statusCode(422).body("errors.field", hasItem("deadline"));
        as(council).body(ask("PROPOSAL")).put(base + "/stages/CHALLENGE_DEFINED").then().statusCode(422)
                .body("errors.field", hasItem("stage"));
        UUID tender = Api.published(council, Api.notice("Tarmac " + Api.word()));
        as(council).body(terms(false, 1)).put(OPPORTUNITIES + "/" + tender + "/challenge/terms").then().statusCode(422)
                .body("errors.field", hasItem("type"));
    }

    private UUID challenge(boolean sbri, long budget) {
        Map<String, Object> body = Api.notice("Clean air in schools " + Api.word());
        body.put("type", "CHALLENGE");
        UUID id = Api.published(council, body);
        as(council).body(terms(sbri, budget)).put(OPPORTUNITIES + "/" + id + "/challenge/terms").then().statusCode(200);
        return id;
    }

    private static Map<String, Object> terms(boolean sbri, long budget) {
        return Map.of("sbri", sbri, "budgetPence", budget, "ipPosition", "The supplier keeps its intellectual property.");
    }

    private Map<String, Object> ask(String asked) {
        return Map.of("asked", asked, "deadline", clock.instant().plus(7, ChronoUnit.DAYS).toString());
    }

    private void advance(UUID id, String stage) {
        as(council).body(Map.of("stage", stage)).post(OPPORTUNITIES + "/" + id + "/stage").then().statusCode(200);
    }

    private void open(UUID id, String stage, String asked) {
        advance(id, stage);
        as(council).body(ask(asked)).put(OPPORTUNITIES + "/" + id + "/challenge/stages/" + stage).then().statusCode(200);
    }

    private void pastDeadline() {
        clock.advance(Duration.ofDays(8));
    }

    private io.restassured.response.Response decide(UUID id, String stage, List<UUID> kept, List<Map<String, Object>> funding) {
        return as(council).body(Map.of("kept", kept, "funding", funding))
                .post(OPPORTUNITIES + "/" + id + "/challenge/stages/" + stage + "/decision");
    }

    private static Map<String, Object> funding(UUID business, long pence) {
        return Map.of("businessId", business, "pence", pence);
    }

    private static JsonNode read(String body) {
        try {
            return new ObjectMapper().readTree(body);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonSchema schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OFFICIAL, "classpath:ocds/")));
        return factory.getSchema(SchemaLocation.of(OFFICIAL + "release-package-schema.json"));
    }

    @SuppressWarnings("unchecked")
    private List<String> outcomes(UUID id, UUID business) {
        return em.createNativeQuery("select payload ->> 'outcome' from outbox_event where event_type = "
                + "'onestop.opportunities.challenge.decided' and aggregate_id = ?1 and payload ->> 'businessId' = ?2 order by id")
                .setParameter(1, id.toString()).setParameter(2, business.toString()).getResultList();
    }
}

package onestop.opportunities.cascade;

import static io.restassured.RestAssured.given;
import static onestop.opportunities.Api.OPPORTUNITIES;
import static onestop.opportunities.Api.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;

import onestop.opportunities.Api;
import onestop.opportunities.OpportunitiesTest;
import onestop.platform.testing.TestTokens;

/**
 * The supply-chain cascade (issue 21): the business that won a contract posts subcontracts of it and nobody else
 * may; the link shows in the supply chain and in OCDS; social value rolls up to the prime contract.
 */
@OpportunitiesTest
class SubcontractTest {

    private static final String OFFICIAL = "https://standard.open-contracting.org/schema/1__1__5/";

    private final String council = TestTokens.buyer("Birmingham City Council");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void thePrimeThatWonAContractPostsASubcontractAndNobodyElseMay() {
        String prime = TestTokens.business(UUID.randomUUID());
        String rival = TestTokens.business(UUID.randomUUID());
        CascadeSteps.profile(prime, "Prime Build Ltd", "LARGE", "B1 1AA");
        CascadeSteps.profile(rival, "Rival Build Ltd", "SMALL", "B2 2BB");
        UUID contract = CascadeSteps.wonBy(council, prime, "Stadium build " + Api.word(), 50_000_000);
        String reference = given().get(OPPORTUNITIES + "/" + contract).then().extract().path("reference");

        UUID sub = CascadeSteps.subcontract(prime, contract, "Stadium scaffolding " + Api.word());
        given().get(OPPORTUNITIES + "/" + sub).then().statusCode(200)
                .body("type", is("SUBCONTRACT")).body("status", is("OPEN"))
                .body("parentOpportunityId", is(contract.toString())).body("buyer", is("Prime Build Ltd"));
        given().get(OPPORTUNITIES + "/" + sub + "/supply-chain").then().statusCode(200)
                .body("parent.id", is(contract.toString())).body("parent.reference", is(reference))
                .body("parent.buyer", is("Birmingham City Council"))
                .body("parent.awardedSupplierName", is("Prime Build Ltd"));
        given().get(OPPORTUNITIES + "/" + contract + "/supply-chain").then().statusCode(200)
                .body("parent", nullValue()).body("subcontracts", hasSize(1))
                .body("subcontracts[0].id", is(sub.toString()));
        as(prime).get("/api/opportunities/suppliers/me/contracts").then().statusCode(200)
                .body("find { it.id == '" + contract + "' }.reference", is(reference));

        // anyone else: another business, the buyer that awarded it, another buyer; and nobody posts under an
        // unawarded notice, not even one the prime has answered
        Map<String, Object> body = Api.notice("Not yours " + Api.word());
        for (String other : new String[] { rival, council, TestTokens.buyer("Sandwell Council") }) {
            as(other).body(body).post(OPPORTUNITIES + "/" + contract + "/subcontracts").then().statusCode(404)
                    .contentType("application/problem+json");
        }
        UUID open = Api.published(council, Api.notice("Still open " + Api.word()));
        CascadeSteps.respond(prime, open, 1_000);
        as(prime).body(body).post(OPPORTUNITIES + "/" + open + "/subcontracts").then().statusCode(404);
        given().contentType("application/json").body(body).post(OPPORTUNITIES + "/" + contract + "/subcontracts")
                .then().statusCode(401);
        // a buyer no longer attaches a subcontract to any notice it likes
        Map<String, Object> attached = Api.notice("Attached " + Api.word());
        attached.put("type", "SUBCONTRACT");
        attached.put("parentOpportunityId", contract.toString());
        as(TestTokens.buyer("Prime Build Ltd")).body(attached).post(OPPORTUNITIES).then().statusCode(404);
        // nor runs the prime's subcontract, whatever organisation its token names
        as(TestTokens.buyer("Prime Build Ltd")).post(OPPORTUNITIES + "/" + sub + "/close").then().statusCode(404);
        as(rival).post("/api/opportunities/subcontracts/" + sub + "/close").then().statusCode(404);
        // a bad subcontract is a 400 naming the field
        Map<String, Object> untitled = Api.notice("x");
        untitled.remove("title");
        as(prime).body(untitled).post(OPPORTUNITIES + "/" + contract + "/subcontracts").then().statusCode(400)
                .body("errors.find { it.field == 'title' }.code", is("required"));
    }

    @Test
    void theSubcontractsReleaseValidatesAndNamesItsParentAndTheParentListsIt() throws Exception {
        String prime = TestTokens.business(UUID.randomUUID());
        CascadeSteps.profile(prime, "Prime Works Ltd", "LARGE", "B3 3CC");
        UUID contract = CascadeSteps.wonBy(council, prime, "Village build " + Api.word(), 20_000_000);
        UUID sub = CascadeSteps.subcontract(prime, contract, "Village catering " + Api.word());
        String parentOcid = "ocds-onestop-" + given().get(OPPORTUNITIES + "/" + contract).then().extract().path("reference");
        String subOcid = "ocds-onestop-" + given().get(OPPORTUNITIES + "/" + sub).then().extract().path("reference");

        JsonNode pkg = json.readTree(given().get("/api/opportunities/ocds/releases/" + subOcid).then().statusCode(200)
                .extract().asString());
        assertThat(schema().validate(pkg)).isEmpty();
        JsonNode related = pkg.path("releases").path(0).path("relatedProcesses");
        assertThat(related.size()).isEqualTo(1);
        assertThat(related.path(0).path("relationship").path(0).asText()).isEqualTo("parent");
        assertThat(related.path(0).path("scheme").asText()).isEqualTo("ocid");
        assertThat(related.path(0).path("identifier").asText()).isEqualTo(parentOcid);

        JsonNode record = json.readTree(given().get("/api/opportunities/ocds/records/" + parentOcid).then()
                .statusCode(200).extract().asString());
        JsonNode listed = record.path("records").path(0).path("compiledRelease").path("relatedProcesses");
        assertThat(listed.size()).isEqualTo(1);
        assertThat(listed.path(0).path("relationship").path(0).asText()).isEqualTo("subContract");
        assertThat(listed.path(0).path("identifier").asText()).isEqualTo(subOcid);
        assertThat(schema().validate(json.readTree(given().get("/api/opportunities/ocds/releases/" + parentOcid)
                .then().statusCode(200).extract().asString()))).isEmpty();
    }

    @Test
    void socialValueRollsUpFromTheSubcontractToThePrimeContract() {
        String prime = TestTokens.business(UUID.randomUUID());
        String subSupplier = TestTokens.business(UUID.randomUUID());
        CascadeSteps.profile(prime, "Prime Roads Ltd", "LARGE", "B4 4DD");
        CascadeSteps.profile(subSupplier, "Kerb Stones CIC", "MICRO", "WS1 1AA");
        UUID contract = CascadeSteps.wonBy(council, prime, "Ring road " + Api.word(), 9_000_000);
        UUID sub = CascadeSteps.subcontract(prime, contract, "Ring road kerbs " + Api.word());
        String response = CascadeSteps.respond(subSupplier, sub, 400_000);
        // sealed until it closes: the prime sees only its own (none), as any business
        as(prime).get(OPPORTUNITIES + "/" + sub + "/responses").then().statusCode(200).body("size()", is(0));
        // as any notice, it closes at its deadline and no sooner
        as(prime).post("/api/opportunities/subcontracts/" + sub + "/close").then().statusCode(409)
                .body("detail", containsString("the notice closes itself at the deadline"));
        Api.deadlinePasses(prime, OPPORTUNITIES + "/" + sub);
        // the prime reads the responses to its subcontract, as a buyer its own notice's; a rival its own only
        as(prime).get(OPPORTUNITIES + "/" + sub + "/responses").then().statusCode(200)
                .body("id", is(java.util.List.of(response)));
        as(prime).get(OPPORTUNITIES + "/" + contract + "/responses").then().statusCode(200).body("size()", is(1));
        as(TestTokens.business(UUID.randomUUID())).get(OPPORTUNITIES + "/" + sub + "/responses").then()
                .statusCode(200).body("size()", is(0));
        as(prime).body(Map.of("responseId", response, "valuePence", 400_000))
                .post("/api/opportunities/subcontracts/" + sub + "/award").then().statusCode(200);
        given().get(OPPORTUNITIES + "/" + sub).then().body("status", is("AWARDED"))
                .body("award.supplierName", is("Kerb Stones CIC"));

        report(prime, contract, 10);
        report(subSupplier, sub, 4);
        given().get("/api/opportunities/contracts/" + contract + "/social-value").then().statusCode(200)
                .body("lines", hasSize(1)).body("lines[0].measure", is("Local apprentices"))
                .body("lines[0].delivered", is(14)).body("lines[0].deliveredBySubcontracts", is(4));
        given().get("/api/opportunities/contracts/" + sub + "/social-value").then().statusCode(200)
                .body("lines[0].delivered", is(4)).body("lines[0].deliveredBySubcontracts", is(0));
    }

    private static void report(String token, UUID contract, int value) {
        as(token).body(Map.of("period", "2026", "theme", "LOCAL_EMPLOYMENT", "measure", "Local apprentices", "value", value))
                .post("/api/opportunities/contracts/" + contract + "/social-value-reports").then().statusCode(201);
    }

    private static JsonSchema schema() {
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(OFFICIAL, "classpath:ocds/")));
        return factory.getSchema(SchemaLocation.of(OFFICIAL + "release-package-schema.json"));
    }
}

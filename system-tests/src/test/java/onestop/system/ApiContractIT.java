package onestop.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import onestop.platform.testing.OpenApiContract;
import onestop.system.contract.PublishedDocument;

/**
 * The API as a client sees it through the gateway: the whole API's document, complete for every operation and
 * without the portal's pages, written to target/openapi.json for the build's lint (docs/openapi/lint, .ci/run);
 * the same as the committed docs/openapi/onestop.json the client is generated from, and changed without breaking
 * its clients unless the major version says so ({@link PublishedDocument}); and an Idempotency-Key that still finds its answer after the service restarted.
 */
class ApiContractIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void theWholeApiIsOneCompleteDocumentWithoutThePortalsPages() throws Exception {
        String body = given().when().get("/api/openapi?format=json").then().statusCode(200).extract().asString();
        JsonNode document = new ObjectMapper().readTree(body);
        OpenApiContract.write(document, Path.of("target", "openapi.json"));

        assertThat(document.at("/info/x-partial").asBoolean()).isFalse();
        assertThat(OpenApiContract.faults(document)).isEmpty();
        document.path("paths").fieldNames().forEachRemaining(path -> assertThat(path)
                .as("only the API (and the calendar feeds, the gateway's own), never a portal page")
                .matches("/api/.*|/\\.well-known/.*|/calendar/.*"));
        assertThat(document.path("paths").has("/api/licensing/applications/{id}/submit")).isTrue();
        assertThat(document.path("paths").has("/api/opportunities/opportunities")).isTrue();
    }

    @Test
    void theServedDocumentIsTheCommittedOneWithoutUnannouncedBreakingChanges() throws Exception {
        JsonNode document = new ObjectMapper().readTree(
                given().when().get("/api/openapi?format=json").then().statusCode(200).extract().asString());
        assertThat(PublishedDocument.check(document, PublishedDocument.file())).isEmpty();
    }

    @Test
    void anIdempotencyKeyFindsItsAnswerAfterTheServiceRestarted() {
        Api.Business business = Api.registerBusiness("Idempotent Ironworks");
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = create(business, key);
        assertThat(first.statusCode()).isEqualTo(201);

        system.stop(RunningSystem.LICENSING);
        system.start(RunningSystem.LICENSING);

        ExtractableResponse<Response> retry = create(business, key);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.<String>path("id")).isEqualTo(first.path("id"));
        Api.as(business.token()).when().get(Api.LICENSING + "/applications").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.is(1));
    }

    private static ExtractableResponse<Response> create(Api.Business business, String key) {
        return Api.as(business.token()).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("licenceTypeCode", "HMO_LICENCE", "kind", "NEW", "details", Map.of(),
                        "holderName", "Idempotent Ironworks Ltd", "premises", Map.of("name", "Idempotent Ironworks",
                                "addressLine1", "1 Broad Street", "town", "Birmingham", "postcode", "B1 2HF")))
                .when().post(Api.LICENSING + "/applications").then().extract();
    }
}

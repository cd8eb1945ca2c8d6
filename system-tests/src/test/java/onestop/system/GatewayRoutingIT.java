package onestop.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restassured.RestAssured;

/** The gateway in front of the real services: what a client of the public API sees. */
class GatewayRoutingIT {

    private static RunningSystem system;

    @BeforeAll
    static void start() {
        system = RunningSystem.shared();
        RestAssured.baseURI = system.gatewayUrl();
    }

    @Test
    void theLicenceCatalogueIsServedThroughTheGateway() {
        given().header("X-Request-Id", "it-catalogue-1")
                .when().get("/api/licensing/licence-types")
                .then().statusCode(200)
                .header("X-Request-Id", is("it-catalogue-1"))
                .body("code", hasItems("PREMISES_LICENCE", "TEMPORARY_EVENT_NOTICE", "HMO_LICENCE"));
    }

    @Test
    void aClientThatKeptTheCatalogueRevalidatesItThroughTheGateway() {
        String etag = given().when().get("/api/licensing/licence-types")
                .then().statusCode(200).header("Cache-Control", is("public, max-age=300"))
                .extract().header("ETag");

        given().header("If-None-Match", etag)
                .when().get("/api/licensing/licence-types")
                .then().statusCode(304).header("ETag", is(etag)).body(is(emptyString()));
    }

    @Test
    void theOpportunitySearchIsServedThroughTheGateway() {
        given().when().get("/api/opportunities/opportunities")
                .then().statusCode(200)
                .header("X-Request-Id", notNullValue())
                .body("page", is(0));
    }

    @Test
    void anUnknownObjectIsAProblem404FromTheServiceBehind() {
        given().when().get("/api/licensing/licence-types/NOTHING_LIKE_THIS")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void theGatewayPublishesItsSigningKeys() {
        given().when().get("/.well-known/jwks.json")
                .then().statusCode(200)
                .body("keys[0].kty", is("RSA"))
                .body("keys[0].alg", is("RS256"))
                .body("keys[0].kid", notNullValue());
    }

    @Test
    void aServiceThatIsDownIsA503ProblemAndComesBack() {
        system.stop(RunningSystem.OPPORTUNITIES);
        try {
            given().when().get("/api/opportunities/opportunities")
                    .then().statusCode(503).contentType("application/problem+json");
            given().when().get("/api/licensing/licence-types").then().statusCode(200);
        } finally {
            system.start(RunningSystem.OPPORTUNITIES);
        }
        given().when().get("/api/opportunities/opportunities").then().statusCode(200);
    }
}

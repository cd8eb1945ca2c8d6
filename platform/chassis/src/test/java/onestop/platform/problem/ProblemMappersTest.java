package onestop.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class ProblemMappersTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void malformedJsonIs400() {
        given().contentType("application/json").body("{\"name\": ")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("status", org.hamcrest.Matchers.is(400))
                .body("type", containsString("invalid-input"))
                .body("detail", containsString("not well-formed JSON"));
    }

    @Test
    void missingAndInvalidFieldsAreListed() {
        given().contentType("application/json").body("{\"name\": \"\", \"count\": -1, \"address\": {}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("count"))
                .body("errors.field", hasItem("address.postcode"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheChoices() {
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"colour\": \"BLUE\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("colour"))
                .body("errors[0].message", containsString("RED"));
    }

    @Test
    void aWrongTypeIs400() {
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"count\": \"many\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("count"));
    }

    @Test
    void wrongMediaTypeIs415() {
        given().contentType("text/plain").body("hello")
                .when().post("/samples")
                .then().statusCode(415).contentType(PROBLEM);
    }

    @Test
    void anUnknownRouteIs404() {
        given().when().get("/no-such-route")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void anUnknownObjectIs404AndAMalformedIdToo() {
        given().when().get("/samples/9b2f7c36-6f0e-4b4a-9d55-0d6f1d7c7a11")
                .then().statusCode(404).contentType(PROBLEM).body("detail", containsString("no sample"));
        given().when().get("/samples/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM);
    }

    @Test
    void aBusinessRuleIs422WithReasons() {
        given().contentType("application/json")
                .body("{\"name\": \"forbidden\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(422).contentType(PROBLEM)
                .body("errors[0].field", org.hamcrest.Matchers.is("name"));
    }

    @Test
    void pagingOutOfRangeIs400() {
        given().when().get("/samples?size=101")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", org.hamcrest.Matchers.is("size"));
    }

    @Test
    void anUnexpectedErrorIs500WithoutInternalsButWithTheRequestId() {
        given().header("X-Request-Id", "req-abc-123").when().post("/samples/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .header("X-Request-Id", "req-abc-123")
                .body("requestId", org.hamcrest.Matchers.is("req-abc-123"))
                .body(not(containsString("secret internals")))
                .body(not(containsString("at onestop.")));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().when().get("/samples")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
    }
}

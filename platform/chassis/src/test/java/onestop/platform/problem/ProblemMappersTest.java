package onestop.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
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
                .body("status", is(400))
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
                .body("errors.field", hasItem("address.postcode"))
                .body("errors.find { it.field == 'name' }.code", is("required"))
                .body("errors.find { it.field == 'count' }.code", is("out-of-range"))
                .body("errors.find { it.field == 'address.postcode' }.code", is("required"));
    }

    @Test
    void aTextTooLongOrTooShortSaysWhich() {
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"nickname\": \"" + "x".repeat(21) + "\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("nickname"))
                .body("errors[0].code", is("too-long"));
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"nickname\": \"x\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("nickname"))
                .body("errors[0].code", is("too-short"));
    }

    @Test
    void aBadDateIsNotADate() {
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"due\": \"31/02/2026\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("due"))
                .body("errors[0].code", is("not-a-date"));
    }

    @Test
    void anUnknownEnumValueNamesTheFieldAndTheChoices() {
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"colour\": \"BLUE\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("colour"))
                .body("errors[0].code", is("not-allowed"))
                .body("errors[0].message", containsString("RED"));
    }

    @Test
    void aWrongTypeIs400() {
        given().contentType("application/json")
                .body("{\"name\": \"a\", \"count\": \"many\", \"address\": {\"postcode\": \"B1 1AA\"}}")
                .when().post("/samples")
                .then().statusCode(400).contentType(PROBLEM)
                .body("errors[0].field", is("count"))
                .body("errors[0].code", is("not-a-number"));
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
                .body("errors[0].field", is("name"));
    }

    @Test
    void pagingOutOfRangeIs400() {
        given().when().get("/samples?size=101")
                .then().statusCode(400).contentType(PROBLEM).body("errors[0].field", is("size"))
                .body("errors[0].code", is("out-of-range"));
    }

    @Test
    void anUnexpectedErrorIs500WithoutInternalsButWithTheRequestId() {
        given().header("X-Request-Id", "req-abc-123").when().post("/samples/boom")
                .then().statusCode(500).contentType(PROBLEM)
                .header("X-Request-Id", "req-abc-123")
                .body("requestId", is("req-abc-123"))
                .body(not(containsString("secret internals")))
                .body(not(containsString("at onestop.")));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().when().get("/samples")
                .then().statusCode(200).header("X-Request-Id", notNullValue());
    }
}

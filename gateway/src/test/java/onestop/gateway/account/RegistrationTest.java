package onestop.gateway.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class RegistrationTest {

    private static final String UUID_PATTERN = "[0-9a-f-]{36}";

    @Test
    void aBusinessRegistersAndGetsItsUserAndBusiness() {
        given().contentType(ContentType.JSON).body(form("Ada-" + UUID.randomUUID() + "@Example.com", "12345678"))
                .when().post("/api/auth/register")
                .then().statusCode(201)
                .header("Location", endsWith("/api/me"))
                .body("userId", matchesPattern(UUID_PATTERN))
                .body("businessId", matchesPattern(UUID_PATTERN));
    }

    @Test
    void aSecondAccountWithTheSameEmailInAnyCaseIsRefused() {
        String email = "twice-" + UUID.randomUUID() + "@example.com";
        given().contentType(ContentType.JSON).body(form(email, null)).when().post("/api/auth/register")
                .then().statusCode(201);

        given().contentType(ContentType.JSON).body(form(email.toUpperCase(), null)).when().post("/api/auth/register")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", endsWith("/duplicate"));
    }

    @Test
    void everyFieldAtFaultIsNamed() {
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "not-an-email", "password", "short", "businessName", " ",
                        "companyNumber", "1234", "postcode", "12345"))
                .when().post("/api/auth/register")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("email", "password", "businessName", "companyNumber",
                        "postcode"));
    }

    @Test
    void aCommonPasswordIsRefusedHoweverLong() {
        Map<String, Object> body = form("common-" + UUID.randomUUID() + "@example.com", null);
        body.put("password", "Password1234");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/auth/register")
                .then().statusCode(400)
                .body("errors.field", hasItem("password"))
                .body("errors.message", hasItem("is too common or too easy to guess; choose another"));
    }

    @Test
    void scottishCompanyNumbersAndLowerCasePostcodesWithoutSpacesAreFine() {
        Map<String, Object> body = form("scot-" + UUID.randomUUID() + "@example.com", "sc123456");
        body.put("postcode", "b11bb");
        given().contentType(ContentType.JSON).body(body).when().post("/api/auth/register").then().statusCode(201);
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        Accounts.BusinessUser user = Accounts.newBusiness();

        String wrongPassword = given().contentType(ContentType.JSON)
                .body(Map.of("email", user.email(), "password", "not the password at all"))
                .when().post("/api/auth/token")
                .then().statusCode(401).contentType("application/problem+json").extract().path("detail");
        given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + UUID.randomUUID() + "@example.com", "password", "whatever it is"))
                .when().post("/api/auth/token")
                .then().statusCode(401).body("detail", equalTo(wrongPassword));
    }

    private static Map<String, Object> form(String email, String companyNumber) {
        Map<String, Object> body = new HashMap<>();
        body.put("email", email == null ? "owner-" + UUID.randomUUID() + "@example.com" : email);
        body.put("password", Accounts.PASSWORD);
        body.put("businessName", "Digbeth Brewing Co");
        body.put("postcode", "B5 6DY");
        if (companyNumber != null) {
            body.put("companyNumber", companyNumber);
        }
        return body;
    }
}

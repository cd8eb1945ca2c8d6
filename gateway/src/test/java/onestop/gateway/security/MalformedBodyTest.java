package onestop.gateway.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Whatever a client sends to a route that reads a body, the answer is a 4xx problem document, never a 5xx. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class MalformedBodyTest {

    private static final List<String> BODIES = List.of("", "{", "[]", "null", "\"text\"", "42",
            "{\"email\":{\"nested\":true}}", "{\"email\":[1,2],\"password\":false}", "{\"password\":\"\\u0000\"}",
            "{\"email\":\"a@b.c\",\"password\":\"" + "é".repeat(200) + "\",\"businessName\":\"x\",\"postcode\":\"B1 1BB\"}",
            "{\"role\":\"superuser\",\"email\":\"x@y.z\",\"password\":\"a long enough password\"}");

    @TestFactory
    Stream<DynamicTest> malformedBodiesGetA4xxProblem() {
        String admin = Accounts.admin();
        List<DynamicTest> tests = new ArrayList<>();
        for (String path : List.of("/api/auth/register", "/api/auth/token", "/api/admin/users")) {
            String token = path.startsWith("/api/admin") ? admin : null;
            for (String body : BODIES) {
                tests.add(DynamicTest.dynamicTest("POST " + path + " " + abbreviate(body), () -> {
                    Response response = request(token).contentType("application/json").body(body).post(path);
                    assertThat(response.statusCode()).as(response.asString()).isBetween(400, 499);
                    assertThat(response.contentType()).startsWith("application/problem+json");
                }));
            }
            tests.add(DynamicTest.dynamicTest("POST " + path + " as text/plain", () -> {
                Response response = request(token).contentType("text/plain").body("email=x").post(path);
                assertThat(response.statusCode()).isEqualTo(415);
                assertThat(response.contentType()).startsWith("application/problem+json");
            }));
        }
        tests.add(DynamicTest.dynamicTest("POST /api/me/notifications/not-a-uuid/read", () -> {
            Response response = request(admin).post("/api/me/notifications/not-a-uuid/read");
            assertThat(response.statusCode()).isBetween(400, 404);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }));
        tests.add(DynamicTest.dynamicTest("GET /api/me/notifications?size=1000", () -> {
            Response response = request(admin).get("/api/me/notifications?size=1000&page=-1");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }));
        return tests.stream();
    }

    private static RequestSpecification request(String token) {
        RequestSpecification request = given();
        return token == null ? request : request.auth().oauth2(token);
    }

    private static String abbreviate(String body) {
        return body.length() > 40 ? body.substring(0, 40) + "..." : body.isEmpty() ? "(empty)" : body;
    }
}

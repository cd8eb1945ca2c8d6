package onestop.gateway.token;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Idempotency-Key on the gateway's own routes (onestop.platform.idempotency): a token pair is a secret, answered
 * with Cache-Control: no-store, so it is never kept and a retry signs in again; another answer is kept.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class IdempotentSignInTest {

    @Test
    void aTokenPairIsNeverKeptSoARetrySignsInAgain() {
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = signIn(key);
        ExtractableResponse<Response> retry = signIn(key);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(retry.header("Idempotent-Replayed")).isNull();
        assertThat(retry.<String>path("refreshToken")).isNotEqualTo(first.path("refreshToken"));
    }

    @Test
    void aRefusalIsKeptAndReplayed() {
        String key = UUID.randomUUID().toString();
        Map<String, String> wrong = Map.of("email", "officer@onestop.local", "password", "not the password at all");
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(wrong)
                .when().post("/api/auth/token").then().statusCode(401);
        given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(wrong)
                .when().post("/api/auth/token").then().statusCode(401).header("Idempotent-Replayed", "true");
    }

    private static ExtractableResponse<Response> signIn(String key) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("email", "officer@onestop.local", "password", "cobalt-lantern-thistle-41"))
                .when().post("/api/auth/token").then().extract();
    }
}

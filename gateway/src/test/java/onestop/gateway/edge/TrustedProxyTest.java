package onestop.gateway.edge;

import static io.restassured.RestAssured.given;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Behind a load balancer (here: 127.0.0.1, the test's own address, named as the trusted proxy) each client
 * is known by the address the proxy forwards, and TLS by the scheme it forwards.
 */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindAProxy.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class TrustedProxyTest {

    @BeforeEach
    void emptySharedBuckets() {
        SharedBuckets.empty();
    }

    public static class BehindAProxy extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.http.proxy.proxy-address-forwarding", "true");
            overrides.put("quarkus.http.proxy.trusted-proxies", "127.0.0.1");
            overrides.put("onestop.gateway.edge.auth-per-minute", "3");
            return overrides;
        }
    }

    @Test
    void eachClientBehindTheProxyHasItsOwnSignInAllowance() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            signIn("203.0.113.1").then().statusCode(401);
        }
        signIn("203.0.113.1").then().statusCode(429);
        signIn("203.0.113.2").then().statusCode(401);
    }

    @Test
    void tlsEndedAtTheProxyIsKnownFromIt() {
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.3")
                .when().get("/.well-known/jwks.json")
                .then().statusCode(200).header("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
    }

    private static io.restassured.response.Response signIn(String client) {
        return given().header("X-Forwarded-For", client).contentType(ContentType.JSON)
                .body(Map.of("email", "nobody-" + client + "@example.com", "password", "a wrong guess"))
                .when().post("/api/auth/token");
    }
}

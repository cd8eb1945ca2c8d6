package onestop.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** With no origin configured (the default), no other site's page may call the API from a browser. */
@QuarkusTest
@TestProfile(CorsDefaultTest.NoOrigins.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class CorsDefaultTest {

    public static class NoOrigins extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("quarkus.http.cors.origins", "");
            return overrides;
        }
    }

    @Test
    void noOtherOriginIsAllowed() {
        given().header("Origin", "https://portal.onestop.test").header("Access-Control-Request-Method", "POST")
                .when().options("/api/auth/token")
                .then().header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://evil.example").contentType("application/json")
                .body("{\"email\":\"a@b.c\",\"password\":\"x\"}")
                .when().post("/api/auth/token")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }
}

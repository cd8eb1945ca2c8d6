package onestop.gateway.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.account.AccountService;
import onestop.gateway.api.Registration;
import onestop.gateway.token.AccessTokens;
import onestop.platform.testing.OneStopTestInfrastructure;

@QuarkusTest
@TestProfile(RateLimitTest.Strict.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class RateLimitTest {

    @BeforeEach
    void emptySharedBuckets() {
        SharedBuckets.empty();
    }

    /** Five sign-in attempts a minute per address, five API calls a minute per user. */
    public static class Strict extends GatewayTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("onestop.gateway.edge.auth-per-minute", "5");
            overrides.put("onestop.gateway.edge.user-per-minute", "5");
            return overrides;
        }
    }

    @Inject
    AccountService accounts;

    @Inject
    AccessTokens tokens;

    @Test
    void passwordGuessingIsCutOffWith429AndRetryAfter() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("email", "guess-" + attempt + "-" + UUID.randomUUID() + "@example.com", "password",
                            "guess number " + attempt))
                    .when().post("/api/auth/token")
                    .then().statusCode(401);
        }

        given().contentType(ContentType.JSON)
                .body(Map.of("email", "officer@onestop.local", "password", "cobalt-lantern-thistle-41"))
                .when().post("/api/auth/token")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]?"))
                .body("type", endsWith("/rate-limited"))
                .body("status", equalTo(429));
    }

    @Test
    void eachSignedInUserHasItsOwnAllowance() {
        String busy = tokenOfNewBusiness();
        String quiet = tokenOfNewBusiness();

        for (int call = 1; call <= 5; call++) {
            given().auth().oauth2(busy).when().get("/api/me").then().statusCode(200);
        }

        given().auth().oauth2(busy).when().get("/api/me").then().statusCode(429).header("Retry-After",
                matchesPattern("[0-9]+"));
        given().auth().oauth2(quiet).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void everyLimitedAnswerAnnouncesThePolicyAndWhatIsLeft() {
        String token = tokenOfNewBusiness();
        for (int call = 1; call <= 5; call++) {
            given().auth().oauth2(token).when().get("/api/me").then().statusCode(200)
                    .header("RateLimit-Policy", equalTo("\"user\";q=5;w=60"))
                    .header("RateLimit", matchesPattern("\"user\";r=" + (5 - call) + ";t=[0-9]+"));
        }
        given().auth().oauth2(token).when().get("/api/me").then().statusCode(429)
                .header("RateLimit-Policy", equalTo("\"user\";q=5;w=60"))
                .header("RateLimit", matchesPattern("\"user\";r=0;t=[1-9][0-9]*"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // an address without a token has its own policy, announced on a refusal by a route too
        given().when().get("/api/me").then().statusCode(401)
                .header("RateLimit-Policy", matchesPattern("\"anonymous\";q=[0-9]+;w=60"));
    }

    private String tokenOfNewBusiness() {
        String email = "busy-" + UUID.randomUUID() + "@example.com";
        accounts.register(new Registration(email, "a long enough password", "Jewellery Quarter Co", null, "B18 6HF"));
        return QuarkusTransaction.requiringNew().call(() -> tokens.accessTokenFor(accounts.authenticate(email,
                "a long enough password").orElseThrow()));
    }
}

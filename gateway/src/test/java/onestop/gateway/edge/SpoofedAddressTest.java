package onestop.gateway.edge;

import static io.restassured.RestAssured.given;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.platform.testing.OneStopTestInfrastructure;

/** With no trusted proxy configured, what a caller says about its address changes nothing. */
@QuarkusTest
@TestProfile(SpoofedAddressTest.Strict.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class SpoofedAddressTest {

    @BeforeEach
    void emptySharedBuckets() {
        SharedBuckets.empty();
    }

    /** Its own application (and so its own buckets): five sign-in attempts a minute per address. */
    public static class Strict extends RateLimitTest.Strict {
    }

    @Test
    void aClientCannotBuyAFreshAllowanceByClaimingAnotherAddress() {
        for (int attempt = 1; attempt <= 5; attempt++) {
            signIn("198.51.100." + attempt).then().statusCode(401);
        }
        signIn("198.51.100.99").then().statusCode(429);
    }

    private static io.restassured.response.Response signIn(String claimedAddress) {
        return given().header("X-Forwarded-For", claimedAddress).header("Forwarded", "for=" + claimedAddress)
                .contentType(ContentType.JSON)
                .body(Map.of("email", "guess-" + UUID.randomUUID() + "@example.com", "password", "a guess from " + claimedAddress))
                .when().post("/api/auth/token");
    }
}

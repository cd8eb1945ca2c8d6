package onestop.gateway.account;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.TestClock;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * Password guessing against one account, from however many addresses: five failures in fifteen minutes
 * lock the address a minute, then two, four...; an address without an account is treated the same.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class SignInThrottleTest {

    @Inject
    TestClock clock;

    @Inject
    SignInThrottle throttle;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void fiveFailuresLockTheAccountEvenAgainstTheRightPasswordAndTheLockGrows() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        for (int guess = 1; guess <= 4; guess++) {
            signIn(user.email(), "wrong guess " + guess).then().statusCode(401);
        }
        signIn(user.email(), "wrong guess 5").then().statusCode(429).header("Retry-After", "60")
                .contentType("application/problem+json").body("type", endsWith("/sign-in-locked"));
        signIn(user.email(), Accounts.PASSWORD).then().statusCode(429);

        clock.advance(Duration.ofSeconds(61));
        for (int guess = 6; guess <= 9; guess++) {
            signIn(user.email(), "wrong guess " + guess).then().statusCode(401);
        }
        signIn(user.email(), "wrong guess 10").then().statusCode(429).header("Retry-After", "120");

        clock.advance(Duration.ofSeconds(121));
        signIn(user.email(), Accounts.PASSWORD).then().statusCode(200);
        // a success starts the count again
        signIn(user.email(), "wrong guess 11").then().statusCode(401);
    }

    @Test
    void anAddressWithoutAnAccountIsLockedTheSameWay() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        for (int guess = 1; guess <= 4; guess++) {
            signIn(nobody, "guess " + guess).then().statusCode(401);
        }
        signIn(nobody, "guess 5").then().statusCode(429).header("Retry-After", "60");
    }

    @Test
    void failuresOlderThanFifteenMinutesNoLongerCount() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        for (int guess = 1; guess <= 4; guess++) {
            signIn(user.email(), "wrong guess " + guess).then().statusCode(401);
        }
        clock.advance(Duration.ofMinutes(16));
        signIn(user.email(), "wrong guess 5").then().statusCode(401);
    }

    @Test
    void addressesWhoseFailuresAreADayOldAreForgotten() {
        String nobody = "nobody-" + UUID.randomUUID() + "@example.com";
        signIn(nobody, "a guess").then().statusCode(401);
        assertThat(rows(nobody)).isEqualTo(1);
        throttle.forgetOld();
        assertThat(rows(nobody)).as("a fresh failure is kept").isEqualTo(1);
        clock.advance(Duration.ofHours(25));
        throttle.forgetOld();
        assertThat(rows(nobody)).isZero();
    }

    private static long rows(String email) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("select count(*) from sign_in_throttle where email = ?1")
                .setParameter(1, email).getSingleResult()).longValue());
    }

    private static Response signIn(String email, String password) {
        return given().contentType(ContentType.JSON).body(Map.of("email", email, "password", password))
                .when().post("/api/auth/token");
    }
}

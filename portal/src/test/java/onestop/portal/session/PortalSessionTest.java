package onestop.portal.session;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import onestop.gateway.api.TokenPair;
import onestop.platform.security.Roles;
import onestop.portal.PortalTestProfile;
import onestop.portal.TestClock;
import onestop.portal.api.Account;

/**
 * A portal session left alone for 30 minutes ends, and the sign-in page says why. The session is opened as
 * signing in opens it, with tokens the API would have given (the API itself is not needed to show this page).
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class PortalSessionTest {

    @Inject
    TestClock clock;

    @Inject
    PortalSessions sessions;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void aSessionLeftAloneForThirtyMinutesEndsAndTheSignInPageSaysWhy() {
        String session = signedIn();
        clock.advance(Duration.ofMinutes(29));
        changePassword(session).then().statusCode(200).body(containsString("Change your password"));
        clock.advance(Duration.ofMinutes(29));
        changePassword(session).then().statusCode(200);
        clock.advance(Duration.ofMinutes(31));
        String location = changePassword(session).then().statusCode(303).extract().header("Location");
        assertThat(location).endsWith("/sign-in?timeout=idle&next=%2Faccount%2Fpassword");
        given().when().get("/sign-in?timeout=idle&next=%2Faccount").then().statusCode(200)
                .body(containsString("You were signed out because you had not done anything for 30 minutes"));
        // and it stays ended
        changePassword(session).then().statusCode(303).header("Location", containsString("/sign-in"));
    }

    @Test
    void aCookieThatNamesNoSessionIsNobody() {
        changePassword("a-session-token-nobody-was-ever-given-00000").then().statusCode(303)
                .header("Location", containsString("/sign-in?next="));
    }

    private String signedIn() {
        return sessions.open(new TokenPair("an-access-token", "Bearer", 300, "a-refresh-token", 43_200),
                new Account(UUID.randomUUID(), "idle@example.com", Set.of(Roles.BUSINESS), UUID.randomUUID()));
    }

    private static Response changePassword(String session) {
        return given().redirects().follow(false).cookie("onestop_session", session).when().get("/account/password");
    }
}

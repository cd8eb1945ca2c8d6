package onestop.gateway.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.gateway.account.Business;
import onestop.gateway.account.UserAccount;
import onestop.platform.testing.OneStopTestInfrastructure;

/** DELETE /api/me: the password again, then the account gone, the business anonymised, account.closed in the outbox. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class AccountClosureTest {

    @Inject
    EntityManager em;

    @Test
    void aWrongPasswordClosesNothing() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        close(user.token(), "not my password").statusCode(400).body("errors[0].field", equalTo("password"));
        close(user.token(), null).statusCode(400);
        given().auth().oauth2(user.token()).when().get("/api/me").then().statusCode(200);
    }

    @Test
    void staffCannotCloseTheirAccountThisWay() {
        close(Accounts.officer(), "cobalt-lantern-thistle-41").statusCode(403);
    }

    @Test
    void closingDeletesTheUserAnonymisesTheBusinessAndTellsTheServices() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        close(user.token(), Accounts.PASSWORD).statusCode(204);

        given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", Accounts.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(401);
        given().auth().oauth2(user.token()).when().get("/api/me").then().statusCode(404);
        assertThat(closedState(user)).containsExactly(false, "Former account holder", null);
        assertThat(mailTo(user)).as("its emails, the confirmation among them").isZero();
        assertThat(events(user)).singleElement().asString()
                .contains("\"businessId\": \"" + user.businessId()).contains("\"lastUserOfBusiness\": true");
        close(user.token(), Accounts.PASSWORD).statusCode(404);
    }

    @Transactional
    List<Object> closedState(Accounts.BusinessUser user) {
        Business business = Business.findById(user.businessId());
        return java.util.Arrays.asList(UserAccount.findByIdOptional(user.userId()).isPresent(), business.name,
                business.postcode);
    }

    @Transactional
    long mailTo(Accounts.BusinessUser user) {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where recipient = ?1")
                .setParameter(1, user.email()).getSingleResult()).longValue();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    List<Object> events(Accounts.BusinessUser user) {
        return em.createNativeQuery("select cast(payload as text) from outbox_event where event_type = "
                + "'onestop.gateway.account.closed' and aggregate_id = ?1").setParameter(1, user.userId().toString())
                .getResultList();
    }

    private static io.restassured.response.ValidatableResponse close(String token, String password) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(password == null ? Map.of() : Map.of("password", password))
                .when().delete("/api/me").then();
    }
}

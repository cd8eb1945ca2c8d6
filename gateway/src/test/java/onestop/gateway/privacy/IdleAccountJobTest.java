package onestop.gateway.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import onestop.gateway.Accounts;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * The privacy notice's "an account you no longer use is deleted after 2 years without sign-in": the job closes it
 * as DELETE /api/me does (account.closed in the outbox, the business anonymised), keeps an account used since,
 * staff accounts, and a sign-in moves the clock of an account on.
 */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class IdleAccountJobTest {

    @Inject
    EntityManager em;

    @Inject
    IdleAccountJob job;

    @Test
    void anAccountIdleForTwoYearsIsClosedThroughAccountClosedAndOthersAreKept() {
        Accounts.BusinessUser idle = Accounts.newBusiness();
        Accounts.BusinessUser recent = Accounts.newBusiness();
        lastSignIn(idle.userId(), "2 years 1 day");
        lastSignIn(recent.userId(), "1 year 11 months");
        UUID officer = staffId();
        sql("update user_account set last_signed_in_at = now() - interval '5 years' where id = ?1", officer);

        assertThat(job.run()).isGreaterThanOrEqualTo(1);

        assertThat(count("select count(*) from user_account where id = ?1", idle.userId())).isZero();
        assertThat(single("select name from business where id = ?1", idle.businessId()))
                .isEqualTo(AccountClosures.FORMER_HOLDER);
        assertThat(single("select cast(payload as text) from outbox_event where event_type = "
                + "'onestop.gateway.account.closed' and aggregate_id = cast(?1 as text)", idle.userId()).toString())
                .contains("\"businessId\": \"" + idle.businessId()).contains("\"lastUserOfBusiness\": true");
        given().contentType(ContentType.JSON).body(Map.of("email", idle.email(), "password", Accounts.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(401);

        assertThat(count("select count(*) from user_account where id = ?1", recent.userId())).isOne();
        assertThat(count("select count(*) from user_account where id = ?1", officer)).isOne();
        assertThat(count("select count(*) from outbox_event where event_type = 'onestop.gateway.account.closed'"
                + " and aggregate_id = cast(?1 as text)", recent.userId())).isZero();
    }

    @Test
    void aSignInStartsTheTwoYearsAgain() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        lastSignIn(user.userId(), "3 years");
        given().contentType(ContentType.JSON).body(Map.of("email", user.email(), "password", Accounts.PASSWORD))
                .when().post("/api/auth/token").then().statusCode(200);
        job.run();
        assertThat(count("select count(*) from user_account where id = ?1", user.userId())).isOne();
    }

    @Test
    void twoReplicasRunningTheJobAtOnceCloseEachAccountOnce() throws Exception {
        List<Accounts.BusinessUser> users = List.of(Accounts.newBusiness(), Accounts.newBusiness(), Accounts.newBusiness());
        users.forEach(u -> lastSignIn(u.userId(), "30 months"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> run = job::run;
            List<Future<Integer>> runs = pool.invokeAll(List.of(run, run));
            for (Future<Integer> each : runs) {
                each.get();
            }
        } finally {
            pool.shutdown();
        }
        for (Accounts.BusinessUser user : users) {
            assertThat(count("select count(*) from outbox_event where event_type = 'onestop.gateway.account.closed'"
                    + " and aggregate_id = cast(?1 as text)", user.userId())).isOne();
            assertThat(count("select count(*) from user_account where id = ?1", user.userId())).isZero();
        }
    }

    private void lastSignIn(UUID userId, String ago) {
        sql("update user_account set last_signed_in_at = now() - cast(?2 as interval) where id = ?1", userId, ago);
    }

    private UUID staffId() {
        return (UUID) single("select id from user_account where 'licensing-officer' = any(roles) order by created_at"
                + " limit 1 offset 0", null);
    }

    private void sql(String sql, Object... parameters) {
        QuarkusTransaction.requiringNew().run(() -> {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
            }
            query.executeUpdate();
        });
    }

    private Object single(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = em.createNativeQuery(sql);
            if (parameter != null) {
                query.setParameter(1, parameter);
            }
            return query.getSingleResult();
        });
    }

    private long count(String sql, Object parameter) {
        return ((Number) single(sql, parameter)).longValue();
    }
}

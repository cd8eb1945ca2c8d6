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
 * The privacy notice's "an account you no longer use is deleted after 2 years without sign-in": the job emails its
 * holder a month before, then closes it as DELETE /api/me does (account.closed in the outbox, the business
 * anonymised), keeps an account used since, staff accounts, and a sign-in moves the clock of an account on.
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
        warned(idle.userId(), "31 days");
        lastSignIn(recent.userId(), "1 year 6 months");
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
    void theHolderIsToldAMonthBeforeAndTheAccountClosedOnlyThen() {
        Accounts.BusinessUser soon = Accounts.newBusiness();
        Accounts.BusinessUser overdue = Accounts.newBusiness();
        lastSignIn(soon.userId(), "2 years -20 days");   // its two years are up in 20 days
        lastSignIn(overdue.userId(), "2 years 3 months"); // idle past them, never told (the job was off)

        assertThat(job.run()).isZero();

        for (Accounts.BusinessUser user : List.of(soon, overdue)) {
            assertThat(count("select count(*) from user_account where id = ?1", user.userId())).isOne();
            assertThat(count("select count(*) from mail_outbox where recipient = ?1 and subject like 'OneStop: your "
                    + "account will be closed on % unless you sign in'", user.email())).isOne();
            assertThat(single("select body from mail_outbox where recipient = ?1 and subject like '%will be closed%'",
                    user.email()).toString()).contains("To keep your account, sign in before then")
                    .contains("/sign-in");
        }
        job.run(); // told once, not at every run
        assertThat(count("select count(*) from mail_outbox where recipient = ?1 and subject like '%will be closed%'",
                overdue.email())).isOne();

        warned(overdue.userId(), "29 days");
        job.run();
        assertThat(count("select count(*) from user_account where id = ?1", overdue.userId())).isOne();
        warned(overdue.userId(), "30 days 1 hour"); // the month is up
        job.run();
        assertThat(count("select count(*) from user_account where id = ?1", overdue.userId())).isZero();
    }

    @Test
    void aWarningBeforeTheLastSignInIsSpent() {
        Accounts.BusinessUser user = Accounts.newBusiness();
        warned(user.userId(), "3 years");            // told once, then it signed in,
        lastSignIn(user.userId(), "2 years 6 months"); // and has been idle since

        job.run();

        assertThat(count("select count(*) from user_account where id = ?1", user.userId())).isOne();
        assertThat(count("select count(*) from user_account where id = ?1 and idle_warned_at > now() - interval "
                + "'1 minute'", user.userId())).isOne(); // told again; closed a month from now at the earliest
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
        users.forEach(u -> warned(u.userId(), "31 days"));
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

    private void warned(UUID userId, String ago) {
        sql("update user_account set idle_warned_at = now() - cast(?2 as interval) where id = ?1", userId, ago);
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

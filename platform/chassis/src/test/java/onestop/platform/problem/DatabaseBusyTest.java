package onestop.platform.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Backpressure: with every pooled connection taken, a request is 503 with Retry-After once the acquisition timeout is up. */
@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class DatabaseBusyTest {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anExhaustedPoolIs503ProblemWithRetryAfterAndServesAgainOnceConnectionsAreBack() throws Exception {
        given().when().get("/samples/database-time").then().statusCode(200);

        List<Connection> held = new ArrayList<>();
        try {
            int size = dataSource.getConfiguration().connectionPoolConfiguration().maxSize();
            while (held.size() < size) {
                held.add(dataSource.getConnection());
            }
            given().when().get("/samples/database-time")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", containsString("service-busy"))
                    .body("status", is(503))
                    .body("detail", containsString("Try again"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        given().when().get("/samples/database-time").then().statusCode(200);
    }

    @Test
    void aDatabaseThatRefusesConnectionsIsAlso503() {
        java.sql.SQLException refused = new java.sql.SQLException("Connection refused", "08001");
        RuntimeException wrapped = new jakarta.persistence.PersistenceException("could not open", refused);

        org.assertj.core.api.Assertions.assertThat(DatabaseBusy.in(wrapped)).isPresent();
        org.assertj.core.api.Assertions.assertThat(DatabaseBusy.in(new IllegalStateException("other"))).isEmpty();
    }

    @Test
    void aDatabaseLostAsTheChangeCommitsIs503SayingItMayHaveBeenSaved() {
        // as Narayana reports it (CI's fault suite met it): the driver's exception suppressed beside the rollback
        jakarta.transaction.RollbackException commit = new jakarta.transaction.RollbackException(
                "ARJUNA016053: Could not commit transaction.");
        javax.transaction.xa.XAException xa = new javax.transaction.xa.XAException(
                "Error trying to transactionCommit local transaction");
        xa.initCause(new java.sql.SQLException("FATAL: terminating connection due to unexpected postmaster exit", "57P01"));
        commit.addSuppressed(xa);
        RuntimeException thrown = new io.quarkus.arc.ArcUndeclaredThrowableException("Error invoking subclass method", commit);

        org.assertj.core.api.Assertions.assertThat(DatabaseBusy.in(thrown)).hasValueSatisfying(busy -> {
            org.assertj.core.api.Assertions.assertThat(busy.status()).isEqualTo(503);
            org.assertj.core.api.Assertions.assertThat(busy.getMessage()).contains("may or may not have been saved");
        });
        org.assertj.core.api.Assertions.assertThat(DatabaseBusy.in(new jakarta.transaction.RollbackException("a rule")))
                .as("a rollback for any other reason").isEmpty();
    }
}

package onestop.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Two gateway replicas (two limiters on one database) draw sign-in attempts from one bucket. */
@QuarkusTest
@TestProfile(GatewayTestProfile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class SharedRateLimiterTest {

    @Inject
    DataSource database;

    @BeforeEach
    void emptyBuckets() {
        SharedBuckets.empty();
    }

    @Test
    void everyReplicaCountsTheSameAttempts() {
        SharedRateLimiter one = new SharedRateLimiter(database);
        SharedRateLimiter two = new SharedRateLimiter(database);
        RateLimitPolicy.Limit limit = new RateLimitPolicy.Limit("auth:198.51.100.7", 4);

        assertThat(one.take(limit)).isEmpty();
        assertThat(two.take(limit)).isEmpty();
        assertThat(one.take(limit)).isEmpty();
        assertThat(two.take(limit)).isEmpty();
        OptionalLong refused = one.take(limit);
        assertThat(refused).isPresent();
        assertThat(refused.getAsLong()).isBetween(1L, 15L);
        assertThat(two.take(limit)).isPresent();
        // another address has its own bucket
        assertThat(two.take(new RateLimitPolicy.Limit("auth:198.51.100.8", 4))).isEmpty();
    }
}

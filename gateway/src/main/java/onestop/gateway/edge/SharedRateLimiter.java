package onestop.gateway.edge;

import java.time.Duration;
import java.util.OptionalLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.quarkus.scheduler.Scheduled;

/**
 * Token buckets kept in PostgreSQL (Bucket4j, {@code select ... for update}), so that every gateway replica
 * draws from the same one: used for sign-in and the other account forms, where a guess made at one replica
 * must count at all of them. Blocking: call it off the event loop.
 */
@ApplicationScoped
public class SharedRateLimiter {

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

    SharedRateLimiter(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("rate_limit_bucket").idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
    }

    /** Takes one request from the bucket; empty when allowed, else the seconds until the next is. */
    public OptionalLong take(RateLimitPolicy.Limit limit) {
        return draw(limit).retryAfter();
    }

    /** Takes one request from the shared bucket and says what is left. */
    Quota draw(RateLimitPolicy.Limit limit) {
        ProxyManager<String> manager = buckets;
        // a bucket keeps the allowance it was made with: one per allowance, so a changed setting takes effect
        String key = limit.key() + "/" + limit.perMinute();
        ConsumptionProbe probe = manager.builder().build(key, () -> BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.perMinute())
                        .refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                .build()).tryConsumeAndReturnRemaining(1);
        return Quota.of(limit, probe);
    }

    @Scheduled(every = "10m", delayed = "3m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetFullBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            // a full bucket weighs the same as none: drop them a thousand at a time
        }
    }
}

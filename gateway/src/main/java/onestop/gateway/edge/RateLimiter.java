package onestop.gateway.edge;

import java.time.Duration;
import java.util.OptionalLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bucket;

/**
 * Token buckets (Bucket4j), one per key, refilled greedily over a minute. Buckets nobody used for ten
 * minutes are dropped, so memory follows the active clients. Per gateway instance: with several replicas
 * each allows its share.
 */
final class RateLimiter {

    private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
            .expireAfterAccess(Duration.ofMinutes(10))
            .maximumSize(200_000)
            .build();

    /** Takes one request from the bucket; empty when allowed, else the seconds until the next is. */
    OptionalLong take(RateLimitPolicy.Limit limit) {
        return draw(limit).retryAfter();
    }

    /** Takes one request from the bucket and says what is left. */
    Quota draw(RateLimitPolicy.Limit limit) {
        Bucket bucket = buckets.get(limit.key(), key -> Bucket.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.perMinute())
                        .refillGreedy(limit.perMinute(), Duration.ofMinutes(1)))
                .build());
        return Quota.of(limit, bucket.tryConsumeAndReturnRemaining(1));
    }
}

package onestop.gateway.edge;

import java.util.OptionalLong;

import io.github.bucket4j.ConsumptionProbe;

/**
 * What a bucket said of one request: its policy (a name and requests a minute), what is left, the seconds until it is
 * full again, and when refused the seconds until the next request is allowed. Announced on every limited answer as
 * {@code RateLimit-Policy} and {@code RateLimit} (draft-ietf-httpapi-ratelimit-headers), with {@code Retry-After}
 * on a 429.
 */
record Quota(String policy, int perMinute, long remaining, long resetSeconds, OptionalLong retryAfter) {

    static Quota of(RateLimitPolicy.Limit limit, ConsumptionProbe probe) {
        OptionalLong retry = probe.isConsumed() ? OptionalLong.empty()
                : OptionalLong.of(Math.max(1, seconds(probe.getNanosToWaitForRefill())));
        return new Quota(limit.policy(), limit.perMinute(), Math.max(0, probe.getRemainingTokens()),
                seconds(probe.getNanosToWaitForReset()), retry);
    }

    /** {@code "user";q=100;w=60}: this many requests in a 60-second window. */
    String policyHeader() {
        return "\"" + policy + "\";q=" + perMinute + ";w=60";
    }

    /** {@code "user";r=42;t=12}: 42 left, full again in 12 seconds. */
    String stateHeader() {
        return "\"" + policy + "\";r=" + remaining + ";t=" + resetSeconds;
    }

    private static long seconds(long nanos) {
        return (Math.max(0, nanos) + 999_999_999L) / 1_000_000_000L;
    }
}

package onestop.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class EdgeRulesTest {

    private final RateLimitPolicy policy = new RateLimitPolicy(10, 600, 300);

    @Test
    void signInIsLimitedPerAddressEvenWithAToken() {
        assertThat(policy.limitFor("/api/auth/token", "10.0.0.7", Optional.of("user-1")))
                .contains(new RateLimitPolicy.Limit("auth:10.0.0.7", 10));
        assertThat(policy.limitFor("/api/auth/register", "10.0.0.7", Optional.empty()))
                .contains(new RateLimitPolicy.Limit("auth:10.0.0.7", 10));
    }

    @Test
    void thePortalsSignInFormsShareTheSameLimit() {
        assertThat(policy.limitFor("/sign-in", "10.0.0.7", Optional.empty()))
                .contains(new RateLimitPolicy.Limit("auth:10.0.0.7", 10));
        assertThat(policy.limitFor("/create-account", "10.0.0.7", Optional.empty()))
                .contains(new RateLimitPolicy.Limit("auth:10.0.0.7", 10));
        assertThat(policy.limitFor("/opportunities", "10.0.0.7", Optional.empty())).isEmpty();
    }

    @Test
    void theApiIsLimitedPerUserOrPerAddressWithoutAValidToken() {
        assertThat(policy.limitFor("/api/licensing/applications", "10.0.0.7", Optional.of("user-1")))
                .contains(new RateLimitPolicy.Limit("user:user-1", 600));
        assertThat(policy.limitFor("/api/me", "10.0.0.7", Optional.empty()))
                .contains(new RateLimitPolicy.Limit("address:10.0.0.7", 300));
    }

    @Test
    void probesAndKeysAreNotLimited() {
        assertThat(policy.limitFor("/q/health/ready", "10.0.0.7", Optional.empty())).isEmpty();
        assertThat(policy.limitFor("/.well-known/jwks.json", "10.0.0.7", Optional.empty())).isEmpty();
        assertThat(policy.limitFor("/api/authority", "10.0.0.7", Optional.empty()))
                .contains(new RateLimitPolicy.Limit("address:10.0.0.7", 300));
    }

    @Test
    void theBucketRefusesOnceEmptyAndSaysWhenToComeBack() {
        RateLimiter limiter = new RateLimiter();
        RateLimitPolicy.Limit limit = new RateLimitPolicy.Limit("auth:10.0.0.8", 2);

        assertThat(limiter.take(limit)).isEmpty();
        assertThat(limiter.take(limit)).isEmpty();
        assertThat(limiter.take(limit).orElseThrow()).isBetween(1L, 30L);
        assertThat(limiter.take(new RateLimitPolicy.Limit("auth:10.0.0.9", 2))).isEmpty();
    }

    @Test
    void hstsOnlyOverTls() {
        SecurityHeaders headers = new SecurityHeaders("default-src 'self'", Duration.ofDays(365));

        assertThat(headers.forAnswer(false)).doesNotContainKey("Strict-Transport-Security")
                .containsEntry("X-Content-Type-Options", "nosniff").containsEntry("X-Frame-Options", "DENY");
        assertThat(headers.forAnswer(true)).containsEntry("Strict-Transport-Security",
                "max-age=31536000; includeSubDomains");
    }
}

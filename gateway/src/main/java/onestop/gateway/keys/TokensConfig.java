package onestop.gateway.keys;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Access tokens and their keys ({@code onestop.gateway.tokens.*}); issuer and audience are in GatewayConfig. */
@ConfigMapping(prefix = "onestop.gateway.tokens")
public interface TokensConfig {

    /** How long an access token lives ({@code ONESTOP_TOKEN_TTL}); at most 15 minutes. */
    @WithDefault("15m")
    Duration ttl();

    /**
     * How the gateway verifies the tokens sent to its own routes: {@code own-keys} (its signing keys,
     * issuer and audience) or {@code mp-jwt} (the standard {@code mp.jwt.verify.*} settings, for an
     * external OIDC provider).
     */
    @WithDefault("own-keys")
    String verification();

    /**
     * How long a new key is only published before it signs: at least the time the services may keep an
     * old copy of the key set (their JWKS refresh interval, 10 minutes, plus the 5 minutes it may be cached).
     */
    @WithDefault("15m")
    Duration keyActivationDelay();

    /** Make a new key when the newest is older than this ({@code ONESTOP_KEY_ROTATION_INTERVAL}); unset: never. */
    Optional<Duration> keyRotationInterval();
}

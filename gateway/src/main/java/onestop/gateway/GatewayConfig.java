package onestop.gateway;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** The gateway's own settings; each is bound to an environment variable in {@code application.properties}. */
@ConfigMapping(prefix = "onestop.gateway")
public interface GatewayConfig {

    /** Base URL of licensing-service ({@code ONESTOP_LICENSING_URL}). */
    URI licensingUrl();

    /** Base URL of opportunities-service ({@code ONESTOP_OPPORTUNITIES_URL}). */
    URI opportunitiesUrl();

    /** Base URL of the web portal ({@code ONESTOP_PORTAL_URL}): every path that is not the API's goes there. */
    URI portalUrl();

    /** How long to wait for a TCP connection to a service before answering 503. */
    Duration connectTimeout();

    /** How long a service may stay silent before the gateway answers 503 with {@code Retry-After}. */
    Duration responseTimeout();

    /**
     * Folder the token signing keys were kept in before the database ({@code ONESTOP_KEYS_DIR}): read once, to
     * import its keys into an empty table; afterwards it is not needed.
     */
    String keysDir();

    /**
     * The key that encrypts the private signing keys in the database ({@code ONESTOP_KEYS_ENCRYPTION_KEY}):
     * 32 random bytes in base64. Unset, a development key stands in, which production refuses.
     */
    Optional<String> keysEncryptionKey();

    /** The {@code iss} of the tokens the gateway signs ({@code ONESTOP_TOKEN_ISSUER}). */
    String issuer();

    /** The {@code aud} of the tokens the gateway signs ({@code ONESTOP_TOKEN_AUDIENCE}). */
    String audience();

    /**
     * The address people and clients reach OneStop at ({@code ONESTOP_PUBLIC_URL}), without a trailing slash:
     * the base of links in emails and of {@code Location} headers that leave the gateway.
     */
    URI publicUrl();
}

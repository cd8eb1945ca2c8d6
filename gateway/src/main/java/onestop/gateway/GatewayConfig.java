package onestop.gateway;

import java.net.URI;
import java.time.Duration;

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

    /** Folder holding the token signing keys ({@code ONESTOP_KEYS_DIR}); created on first start. */
    String keysDir();

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

package onestop.portal;

import java.net.URI;
import java.time.Duration;

import io.smallrye.config.ConfigMapping;

/** The portal's own settings; each is bound to an environment variable in {@code application.properties}. */
@ConfigMapping(prefix = "onestop.portal")
public interface PortalConfig {

    /** The public API, the gateway ({@code ONESTOP_API_URL}). */
    URI apiUrl();

    /** How long a call to the API may take before the page says the service is unavailable. */
    Duration apiTimeout();

    /**
     * How long a session's access token is used before it is refreshed ({@code ONESTOP_SESSION_REFRESH_EVERY}): the
     * longest a browser stays signed in after its person signed out everywhere or changed their password elsewhere.
     */
    @io.smallrye.config.WithName("session.refresh-every")
    Duration sessionRefreshEvery();
}

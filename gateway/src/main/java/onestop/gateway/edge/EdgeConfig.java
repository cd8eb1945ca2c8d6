package onestop.gateway.edge;

import java.time.Duration;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** What the edge lets through ({@code onestop.gateway.edge.*}). */
@ConfigMapping(prefix = "onestop.gateway.edge")
public interface EdgeConfig {

    /** Requests to {@code /api/auth/*} per client address and minute: sign-in and registration attempts. */
    @WithDefault("10")
    int authPerMinute();

    /** Requests to {@code /api/**} per signed-in user and minute. */
    @WithDefault("600")
    int userPerMinute();

    /** Requests to {@code /api/**} without a valid token, per client address and minute. */
    @WithDefault("300")
    int anonymousPerMinute();

    /** Largest body the gateway's own routes read. */
    @WithDefault("64K")
    MemorySize maxOwnBodySize();

    /** The largest body passed on to a service's API; the portal judges its own uploads (up to the server's limit). */
    @WithDefault("12M")
    MemorySize maxServiceBodySize();

    @WithDefault("default-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'")
    String contentSecurityPolicy();

    /**
     * Where the portal's "Pay" form may send the browser on: GOV.UK Pay's payment pages (the form posts to the
     * portal, which redirects to Pay's {@code next_url}, and browsers hold redirects of a form to its
     * {@code form-action}). Added to {@code form-action} of the policy; the local stack names its Pay stand-in.
     */
    @WithDefault("https://card.payments.service.gov.uk")
    String payPages();

    /** The policy with the payment pages allowed as form targets. */
    default String contentSecurityPolicyWithPayPages() {
        String pages = payPages().trim();
        return pages.isEmpty() ? contentSecurityPolicy()
                : contentSecurityPolicy().replace("form-action 'self'", "form-action 'self' " + pages);
    }

    /** {@code Strict-Transport-Security} max-age, sent on answers to requests that came over TLS. */
    @WithDefault("365d")
    Duration hstsMaxAge();
}

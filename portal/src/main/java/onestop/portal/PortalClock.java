package onestop.portal;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock of the portal (UTC), injected wherever time matters so that a test can replace it. */
@ApplicationScoped
public class PortalClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

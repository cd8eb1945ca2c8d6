package onestop.gateway;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The one clock of the gateway (UTC), injected wherever time matters so that a test can replace it. */
@ApplicationScoped
public class GatewayClock {

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}

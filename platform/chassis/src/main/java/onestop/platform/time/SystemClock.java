package onestop.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of every OneStop process (UTC): whatever reads the time injects it, so that a test can put a
 * movable clock of its own in its place (any other {@link Clock} bean replaces this one).
 */
@Singleton
public class SystemClock {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}

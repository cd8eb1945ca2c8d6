package onestop.platform.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.arc.DefaultBean;

/**
 * The one clock of every OneStop process (UTC): whatever reads the time injects it, so that a test can put a
 * movable clock of its own in its place (any other {@link Clock} bean replaces this one). With
 * {@code ONESTOP_CLOCK_MOVABLE=true} a packaged process keeps a {@link MovableClock} that the system tests move
 * through its management port ({@link ClockControl}); production refuses to start so (the insecure default
 * {@code movable-clock}).
 */
@Singleton
public class SystemClock {

    @Produces
    @DefaultBean
    @Singleton
    Clock clock(@ConfigProperty(name = "onestop.clock.movable", defaultValue = "false") boolean movable) {
        return movable ? new MovableClock() : Clock.systemUTC();
    }
}

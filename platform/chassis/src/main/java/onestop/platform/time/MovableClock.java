package onestop.platform.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * A clock for tests: the real time plus an offset that a test moves ({@link #advance}, {@link #set}) and then
 * {@link #reset}s, so that deadlines, idle timeouts and expiring links are tested without waiting. A module's
 * tests put it in place of the platform's clock with a subclass marked {@code @Alternative @Priority(1) @Singleton};
 * a packaged service started with {@code ONESTOP_CLOCK_MOVABLE=true} uses one that the system tests move through
 * the management port ({@link ClockControl}), which production refuses.
 */
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    /** The same moving time, read in {@code zone}. */
    @Override
    public Clock withZone(ZoneId zone) {
        MovableClock source = this;
        return new Clock() {
            @Override
            public Instant instant() {
                return source.instant();
            }

            @Override
            public ZoneId getZone() {
                return zone;
            }

            @Override
            public Clock withZone(ZoneId other) {
                return source.withZone(other);
            }
        };
    }

    /** Moves every later reading of the clock on by {@code by}. */
    public void advance(Duration by) {
        offset = offset.plus(by);
    }

    /** Moves time so that now is {@code at}. */
    public void set(Instant at) {
        offset = Duration.between(Instant.now(), at);
    }

    /** Back to the real time. */
    public void reset() {
        offset = Duration.ZERO;
    }
}

package onestop.licensing.calendar;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one clock and the one working-day calendar of the service; tests replace the clock to move time. */
public class TimeConfiguration {

    /** Days, deadlines and "today" are those of the council, in England. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}

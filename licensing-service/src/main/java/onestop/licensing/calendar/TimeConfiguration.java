package onestop.licensing.calendar;

import java.time.ZoneId;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The one working-day calendar of the service (the clock is the platform's, which tests replace to move time). */
public class TimeConfiguration {

    /** Days, deadlines and "today" are those of the council, in England. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    @Produces
    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}

package onestop.licensing.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import onestop.platform.time.WorkingDayCalendar;

/**
 * This service's working-day calendar: weekends and the published bank holidays of {@link BankHolidayCalendar}.
 * It replaces the platform's default (the statutory rules alone) wherever licensing injects the calendar.
 */
@ApplicationScoped
public class CalendarProducer {

    @Produces
    @Singleton
    WorkingDayCalendar calendar(BankHolidayCalendar holidays) {
        return WorkingDayCalendar.of(holidays);
    }
}

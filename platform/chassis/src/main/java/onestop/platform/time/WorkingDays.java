package onestop.platform.time;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/** The working-day calendar as a bean, for whatever counts statutory periods. */
@Singleton
public class WorkingDays {

    @Produces
    @DefaultBean
    @Singleton
    WorkingDayCalendar calendar() {
        return WorkingDayCalendar.englandAndWales();
    }
}

package onestop.licensing.calendar;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import onestop.licensing.api.BankHolidayCalendarView;

/**
 * Readiness data on the bank holiday calendar: where its coverage ends and, within six months of that, a
 * {@code warning}. Always UP: an old calendar still counts (by the statutory rules beyond its coverage), and no
 * request would be served better by taking the service out of its load balancer; operators alert on the warning
 * or on the metric {@code licensing.calendar.coverage.days}.
 */
@Readiness
@ApplicationScoped
public class CalendarCoverageHealth implements HealthCheck {

    @Inject
    BankHolidayUploads uploads;

    @Override
    public HealthCheckResponse call() {
        BankHolidayCalendarView calendar = uploads.current(false);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("bank-holiday-calendar").up()
                .withData("source", calendar.source())
                .withData("coverageEndsOn", calendar.coverageEndsOn().toString());
        if (calendar.warning() != null) {
            response.withData("warning", calendar.warning());
        }
        return response.build();
    }
}

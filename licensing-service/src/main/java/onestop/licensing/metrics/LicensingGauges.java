package onestop.licensing.metrics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.platform.metrics.StoredGauge;
import onestop.platform.metrics.StoredGaugeSource;

/** The licensing service's business numbers on /q/metrics (dashboards and alerts in deploy/observability). */
@ApplicationScoped
public class LicensingGauges implements StoredGaugeSource {

    @Override
    public List<StoredGauge> gauges() {
        return List.of(
                StoredGauge.byTag("onestop.applications", "Applications by state", "status",
                        "select status, count(*) from application group by status"),
                // the statutory clock runs and its target date has passed (Application.isOverdue)
                StoredGauge.of("onestop.applications.overdue", "Applications past their target date, undecided",
                        "select count(*) from application where status in ('SUBMITTED', 'IN_CONSULTATION', "
                                + "'UNDER_REVIEW') and due_date < current_date"),
                StoredGauge.byTag("onestop.payments", "GOV.UK Pay payments by state", "status",
                        "select status, count(*) from payment group by status"));
    }
}

package onestop.opportunities.metrics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.platform.metrics.StoredGauge;
import onestop.platform.metrics.StoredGaugeSource;

/** The opportunities service's business numbers on /q/metrics (dashboards and alerts in deploy/observability). */
@ApplicationScoped
public class OpportunitiesGauges implements StoredGaugeSource {

    @Override
    public List<StoredGauge> gauges() {
        return List.of(
                StoredGauge.byTag("onestop.notices", "Notices by state", "status",
                        "select status, count(*) from opportunity group by status"),
                StoredGauge.of("onestop.notices.open", "Notices open for responses",
                        "select count(*) from opportunity where status = 'OPEN'"));
    }
}

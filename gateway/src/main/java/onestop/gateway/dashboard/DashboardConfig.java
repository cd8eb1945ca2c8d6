package onestop.gateway.dashboard;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the dashboard's parts come from, and how long it waits for them ({@code onestop.gateway.dashboard.*}). */
@ConfigMapping(prefix = "onestop.gateway.dashboard")
public interface DashboardConfig {

    /** Longest wait for any one service; a part that takes longer is left out and the answer marked partial. */
    @WithDefault("3s")
    Duration timeout();

    @WithDefault("/api/licensing/applications?size=100")
    String applicationsPath();

    @WithDefault("/api/licensing/licences?size=100")
    String licencesPath();

    @WithDefault("/api/opportunities/suppliers/me/responses?size=100")
    String responsesPath();

    @WithDefault("/api/opportunities/alerts?size=20")
    String alertsPath();
}

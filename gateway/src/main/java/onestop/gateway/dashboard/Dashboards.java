package onestop.gateway.dashboard;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import onestop.gateway.GatewayConfig;
import onestop.gateway.api.DashboardView;
import onestop.gateway.notification.NotificationInbox;
import onestop.gateway.routing.ServicePages;
import onestop.platform.requestid.RequestIds;

/**
 * Builds a business's dashboard: both services asked at once with the user's token, each given at most the
 * timeout. Used by {@code GET /api/me/dashboard} and by the portal's dashboard page.
 */
@ApplicationScoped
public class Dashboards {

    private static final int LATEST = 5;

    private final ServicePages pages;
    private final NotificationInbox inbox;
    private final GatewayConfig gateway;
    private final DashboardConfig config;
    private final ObjectMapper json;

    Dashboards(ServicePages pages, NotificationInbox inbox, GatewayConfig gateway, DashboardConfig config,
            ObjectMapper json) {
        this.json = json;
        this.pages = pages;
        this.inbox = inbox;
        this.gateway = gateway;
        this.config = config;
    }

    /** The dashboard of {@code userId} of {@code businessId}; {@code authorization} is their bearer token. */
    public Uni<DashboardView> of(UUID userId, UUID businessId, String authorization) {
        DashboardView.Notifications notifications = new DashboardView.Notifications(inbox.unread(userId),
                inbox.latestUnread(userId, LATEST));
        String requestId = RequestIds.current();
        return Uni.combine().all()
                .unis(pages.get(gateway.licensingUrl(), config.applicationsPath(), authorization, requestId,
                                config.timeout()),
                        pages.get(gateway.licensingUrl(), config.licencesPath(), authorization, requestId,
                                config.timeout()),
                        pages.get(gateway.opportunitiesUrl(), config.responsesPath(), authorization, requestId,
                                config.timeout()),
                        pages.get(gateway.opportunitiesUrl(), config.alertsPath(), authorization, requestId,
                                config.timeout()))
                .with((applications, licences, responses, alerts) -> DashboardParts.assemble(
                        new DashboardParts.Fetched(applications, licences, responses, alerts), notifications, json));
    }
}

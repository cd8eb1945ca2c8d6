package onestop.gateway.api;

import java.util.List;

import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceView;
import onestop.opportunities.api.OwnResponse;

/**
 * A business's dashboard in one answer ({@code GET /api/me/dashboard}). Items are as the owning service lists
 * them. A part a service could not give in time is {@code null}, named in {@code missing}, and the answer is
 * {@code partial}.
 */
public record DashboardView(List<ApplicationView> applicationsInProgress, List<LicenceView> licences,
        List<OwnResponse> responses, List<NewOpportunity> newOpportunities, Notifications notifications,
        boolean partial, List<String> missing) {

    /** The unread count and the newest unread ones. */
    public record Notifications(long unread, List<NotificationView> latest) {
    }
}

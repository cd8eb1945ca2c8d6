package onestop.gateway.dashboard;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import onestop.gateway.notification.NotificationView;

/**
 * A business's dashboard in one answer. Items are as the owning service lists them. A part a service
 * could not give in time is {@code null}, named in {@code missing}, and the answer is {@code partial}.
 */
public record DashboardView(List<JsonNode> applicationsInProgress, List<JsonNode> licences, List<JsonNode> responses,
        List<JsonNode> newOpportunities, Notifications notifications, boolean partial, List<String> missing) {

    /** The unread count and the newest unread ones. */
    public record Notifications(long unread, List<NotificationView> latest) {
    }
}

package onestop.gateway.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification as its user reads it. */
public record NotificationView(UUID id, String kind, String title, String body, String link, Instant createdAt,
        boolean read, Instant readAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt != null, n.readAt);
    }
}

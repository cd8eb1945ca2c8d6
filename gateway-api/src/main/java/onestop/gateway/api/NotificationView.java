package onestop.gateway.api;

import java.time.Instant;
import java.util.UUID;

/** A notification as its user reads it. */
public record NotificationView(UUID id, String kind, String title, String body, String link, Instant createdAt,
        boolean read, Instant readAt) {
}

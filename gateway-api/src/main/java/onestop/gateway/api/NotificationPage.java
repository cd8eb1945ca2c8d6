package onestop.gateway.api;

import java.util.List;

/** One page of the user's notifications, as {@code GET /api/me/notifications} answers it (the platform's page shape). */
public record NotificationPage(List<NotificationView> items, int page, int size, long total) {
}

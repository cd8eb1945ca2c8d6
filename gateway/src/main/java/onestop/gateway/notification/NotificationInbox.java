package onestop.gateway.notification;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import onestop.gateway.api.NotificationPage;
import onestop.gateway.api.NotificationView;
import onestop.platform.problem.NotFound;
import onestop.platform.web.PageRequest;

/** A user's notifications: newest first, and marked read by their user only. */
@ApplicationScoped
public class NotificationInbox {

    private final Clock clock;

    NotificationInbox(Clock clock) {
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NotificationPage page(UUID userId, boolean unreadOnly, PageRequest paging) {
        String query = unreadOnly ? "userId = ?1 and readAt is null" : "userId = ?1";
        var found = Notification.<Notification>find(query, Sort.descending("createdAt").and("id", Sort.Direction.Descending),
                userId).page(Page.of(paging.page(), paging.size()));
        return new NotificationPage(found.list().stream().map(NotificationInbox::view).toList(), paging.page(),
                paging.size(), found.count());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public long unread(UUID userId) {
        return Notification.count("userId = ?1 and readAt is null", userId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NotificationView> latestUnread(UUID userId, int count) {
        return Notification.<Notification>find("userId = ?1 and readAt is null",
                Sort.descending("createdAt").and("id", Sort.Direction.Descending), userId)
                .page(Page.ofSize(count)).list().stream().map(NotificationInbox::view).toList();
    }

    /** Marks one of the user's own notifications read; someone else's is answered as missing. */
    @Transactional
    public NotificationView markRead(UUID userId, UUID id) {
        Notification notification = Notification.<Notification>findByIdOptional(id)
                .filter(n -> n.userId.equals(userId))
                .orElseThrow(() -> new NotFound("You have no notification " + id + "."));
        if (notification.readAt == null) {
            notification.readAt = Instant.now(clock);
        }
        return view(notification);
    }

    private static NotificationView view(Notification n) {
        return new NotificationView(n.id, n.kind, n.title, n.body, n.link, n.createdAt, n.readAt != null, n.readAt);
    }
}

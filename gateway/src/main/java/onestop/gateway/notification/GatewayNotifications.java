package onestop.gateway.notification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.gateway.account.UserAccount;
import onestop.platform.consumer.EventHandler;

/**
 * Fills the inbox from both services' events. Runs in the chassis' transaction with the processed-event
 * mark, so a redelivered event adds nothing; emails go out only after that transaction commits.
 */
@ApplicationScoped
public class GatewayNotifications implements EventHandler {

    private final NotificationRules rules = new NotificationRules();
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final Event<NotificationsMade> made;

    GatewayNotifications(ObjectMapper json, NotificationsConfig config, Event<NotificationsMade> made) {
        this.json = json;
        this.config = config;
        this.made = made;
    }

    @Override
    public String name() {
        return "gateway-notifications";
    }

    @Override
    public Set<String> topics() {
        return config.topics();
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        Class<?> record = NotificationRules.dataRecordOf(event.getType());
        if (record == null || event.getData() == null) {
            return;
        }
        Object data = json.readValue(event.getData().toBytes(), record);
        List<Notice> notices = rules.noticesFor(event.getType(), data);
        if (notices.isEmpty()) {
            return;
        }
        Instant at = event.getTime() == null ? Instant.now() : event.getTime().toInstant();
        List<NotificationsMade.Mail> mails = new ArrayList<>();
        Set<UUID> told = new HashSet<>();
        for (Notice notice : notices) {
            for (UserAccount user : recipients(notice.audience())) {
                if (!told.add(user.id)) {
                    continue;
                }
                Notification notification = new Notification();
                notification.id = UUID.randomUUID();
                notification.userId = user.id;
                notification.eventId = event.getId();
                notification.kind = notice.kind();
                notification.title = notice.title();
                notification.body = notice.body();
                notification.link = notice.link();
                notification.createdAt = at;
                notification.persist();
                mails.add(new NotificationsMade.Mail(user.email, notice.title(), notice.body()));
            }
        }
        if (!mails.isEmpty()) {
            made.fire(new NotificationsMade(mails));
        }
    }

    private static List<UserAccount> recipients(Notice.Audience audience) {
        if (audience instanceof Notice.BusinessUsers business) {
            return UserAccount.ofBusiness(business.businessId());
        }
        return UserAccount.buyersOf(((Notice.OrganisationBuyers) audience).organisation());
    }
}

package onestop.gateway.notification;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import onestop.gateway.account.UserAccount;
import onestop.gateway.texts.MobileNumbers;
import onestop.platform.consumer.EventHandler;
import onestop.platform.mail.MailOutbox;

/**
 * Fills the inbox from both services' events. Runs in the chassis' transaction with the processed-event
 * mark, so a redelivered event adds nothing; each notification's email is queued in the mail outbox in that same
 * transaction (template kind {@code notification}), and the outbox's relay sends it once it has committed; a
 * notice that needs the person soon ({@link Notice#texted()}) also goes by text message to a confirmed mobile number.
 */
@ApplicationScoped
public class GatewayNotifications implements EventHandler {

    private final NotificationRules rules = new NotificationRules();
    private final ObjectMapper json;
    private final NotificationsConfig config;
    private final MailOutbox mail;
    private final MobileNumbers mobiles;

    GatewayNotifications(ObjectMapper json, NotificationsConfig config, MailOutbox mail, MobileNumbers mobiles) {
        this.json = json;
        this.config = config;
        this.mail = mail;
        this.mobiles = mobiles;
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
                if (config.email()) {
                    mail.queue("notification", user.email, "OneStop: " + notice.title(),
                            notice.body() + "\n\nSign in to OneStop to see it.\n");
                }
                if (notice.texted()) {
                    mobiles.confirmedNumberOf(user.id).ifPresent(mobile -> mail.queueText("notification", mobile,
                            "OneStop: " + notice.title() + ". Sign in to see it: " + mail.link(linkOf(notice))));
                }
            }
        }
    }

    private static String linkOf(Notice notice) {
        return notice.link() == null || !notice.link().startsWith("/") ? "/notifications" : notice.link();
    }

    private static List<UserAccount> recipients(Notice.Audience audience) {
        if (audience instanceof Notice.BusinessUsers business) {
            return UserAccount.ofBusiness(business.businessId());
        }
        return UserAccount.buyersOf(((Notice.OrganisationBuyers) audience).organisation());
    }
}

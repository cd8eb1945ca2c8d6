package onestop.gateway.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import onestop.platform.mail.MailRoutes;

/**
 * Emails each new notification after its transaction commits, without waiting: the consumer never
 * blocks on SMTP, a send that takes longer than the timeout is given up, and a failure is only logged
 * (the notification is in the inbox anyway). While {@code quarkus.mailer.mock} is on, mails are logged; with
 * {@code onestop.mail.route=notify} they go through GOV.UK Notify (template kind {@code notification}).
 */
@ApplicationScoped
public class NotificationMailer {

    private static final Logger LOG = Logger.getLogger(NotificationMailer.class);

    private final ReactiveMailer mailer;
    private final NotificationsConfig config;
    private final MailRoutes routes;

    NotificationMailer(ReactiveMailer mailer, NotificationsConfig config, MailRoutes routes) {
        this.mailer = mailer;
        this.config = config;
        this.routes = routes;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) NotificationsMade made) {
        if (!config.email()) {
            return;
        }
        for (NotificationsMade.Mail mail : made.mails()) {
            if (routes.isNotify()) {
                routes.sendThroughNotify("notification", mail.to(), "OneStop: " + mail.subject(),
                        mail.text() + "\n\nSign in to OneStop to see it.\n")
                        .subscribe().with(sent -> LOG.debugf("Emailed a notification to %s", mail.to()),
                                failure -> LOG.warnf("Could not email a notification to %s: %s", mail.to(),
                                        failure.toString()));
                continue;
            }
            mailer.send(Mail.withText(mail.to(), "OneStop: " + mail.subject(), mail.text()
                    + "\n\nSign in to OneStop to see it.\n"))
                    .ifNoItem().after(config.emailTimeout()).fail()
                    // a send stuck on a pooled connection the server has dropped gets another connection
                    .onFailure().retry().atMost(2)
                    .subscribe().with(sent -> LOG.debugf("Emailed a notification to %s", mail.to()),
                            failure -> LOG.warnf("Could not email a notification to %s: %s", mail.to(),
                                    failure.toString()));
        }
    }
}

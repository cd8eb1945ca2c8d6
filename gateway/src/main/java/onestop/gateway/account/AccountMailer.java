package onestop.gateway.account;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import onestop.platform.mail.MailRoutes;

/**
 * Sends account emails after commit, without making the request wait for SMTP; a send that fails or hangs
 * for 10 seconds is tried twice more, then logged (the person can ask again). While {@code quarkus.mailer.mock} is on, mails are only logged; with {@code onestop.mail.route=notify} they go through GOV.UK Notify (template kind {@code account}).
 */
@ApplicationScoped
class AccountMailer {

    private static final Logger LOG = Logger.getLogger(AccountMailer.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ReactiveMailer mailer;
    private final MailRoutes routes;

    AccountMailer(ReactiveMailer mailer, MailRoutes routes) {
        this.mailer = mailer;
        this.routes = routes;
    }

    void send(@Observes(during = TransactionPhase.AFTER_SUCCESS) AccountMail mail) {
        if (routes.isNotify()) {
            routes.sendThroughNotify("account", mail.to(), "OneStop: " + mail.subject(), mail.text())
                    .subscribe().with(sent -> LOG.debugf("Sent '%s' through Notify", mail.subject()),
                            failure -> LOG.warnf("Could not send '%s': %s", mail.subject(), failure.toString()));
            return;
        }
        mailer.send(Mail.withText(mail.to(), "OneStop: " + mail.subject(), mail.text()))
                .ifNoItem().after(TIMEOUT).fail()
                // a send stuck on a pooled connection the server has dropped gets another connection
                .onFailure().retry().atMost(2)
                .subscribe().with(sent -> LOG.debugf("Sent '%s'", mail.subject()),
                        failure -> LOG.warnf("Could not send '%s': %s", mail.subject(), failure.toString()));
    }
}

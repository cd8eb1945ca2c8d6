package onestop.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import onestop.platform.mail.MailOutbox;

/**
 * Queues each account email in the chassis' mail outbox, in the transaction that made it (registration, a
 * password reset, a data export ready ...): the email is committed with the change or not at all, and the
 * outbox's relay sends it afterwards (SMTP or GOV.UK Notify, template kind {@code account}), retrying with a
 * doubling wait while the provider is down, so an outage delays the email but never loses it.
 */
@ApplicationScoped
class AccountMailer {

    private final MailOutbox outbox;

    AccountMailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    void queue(@Observes AccountMail mail) {
        outbox.queue("account", mail.to(), "OneStop: " + mail.subject(), mail.text());
    }
}

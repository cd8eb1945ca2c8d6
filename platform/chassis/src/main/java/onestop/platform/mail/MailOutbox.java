package onestop.platform.mail;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import onestop.platform.transaction.AfterCommit;

/**
 * Records an email in the same database transaction as what it tells, so that a change and its email are
 * committed together or not at all; the {@link MailRelay}, woken by the commit, sends it moments later and retries
 * until the mail server takes it. Every email OneStop sends goes this way: licensing's to people without an account (someone confirming a
 * representation, an area alert's subscriber), the gateway's account emails and notifications.
 */
@ApplicationScoped
public class MailOutbox {

    @Inject
    EntityManager em;

    @Inject
    MailConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    MailRelay relay;

    /** Queues a plain-text email of the kind {@code general}; see {@link #queue(String, String, String, String)}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(String to, String subject, String text) {
        return queue("general", to, subject, text);
    }

    /**
     * Queues a plain-text email in the current transaction; the caller must be in one.
     *
     * @param kind what the mail is ({@code area-alert-confirm} ...): through GOV.UK Notify it names the template
     *             ({@code onestop.mail.notify.templates.<kind>})
     * @return the id of the queued mail
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queue(String kind, String to, String subject, String text) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("insert into mail_outbox (id, kind, recipient, subject, body) values (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, id).setParameter(2, kind).setParameter(3, to).setParameter(4, subject)
                .setParameter(5, text).executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    /**
     * Queues a text message in the current transaction (sent through GOV.UK Notify's text template, {@code ((body))};
     * only where {@link MailRoutes#textsAvailable() texts are available}).
     *
     * @param kind what the text is ({@code mobile-code} ...), for the outbox's readers
     * @param mobile the number, as Notify takes it ({@code +447700900123})
     * @return the id of the queued text
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID queueText(String kind, String mobile, String text) {
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into mail_outbox (id, kind, recipient, subject, body, channel)
                values (?1, ?2, ?3, '', ?4, 'text')""")
                .setParameter(1, id).setParameter(2, kind).setParameter(3, mobile).setParameter(4, text)
                .executeUpdate();
        wakeRelayAfterCommit();
        return id;
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, MailRelay.class, relay::wake);
    }

    /**
     * Forgets every email (or text) to this address (or number), sent or waiting, in the current transaction: a
     * closed account's mail (its address, and bodies that tell of its applications) goes with it; what had not gone
     * yet is not sent.
     *
     * @return how many emails were forgotten
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forget(String recipient) {
        return em.createNativeQuery("delete from mail_outbox where recipient = ?1").setParameter(1, recipient)
                .executeUpdate();
    }

    /** A link into OneStop for an email: the public address followed by {@code path} (which starts with /). */
    public String link(String path) {
        String base = config.publicUrl();
        return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path;
    }
}

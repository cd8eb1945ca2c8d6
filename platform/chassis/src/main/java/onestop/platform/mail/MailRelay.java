package onestop.platform.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued emails of the {@link MailOutbox}. A round leases its due rows ({@code FOR UPDATE SKIP LOCKED},
 * then pushes their next attempt past the send timeout), so several replicas never send one mail at once; each
 * mail is then sent outside any transaction, by the {@link MailRoutes route} configured (SMTP or GOV.UK Notify),
 * and marked sent with Notify's notification id, or rescheduled with a doubling backoff, and given up after
 * {@code onestop.mail.max-attempts}, or at once when the provider refuses it for good. A process that dies between
 * sending and marking sends that mail again when its lease ends: at least once, and in practice once.
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);

    @Inject
    EntityManager em;

    @Inject
    MailRoutes routes;

    @Inject
    MailConfig config;

    record Queued(OutgoingMail mail, int attempts) {
    }

    @Scheduled(every = "${onestop.mail.every}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        relay();
    }

    /** Sends every mail due now, round after round; returns how many were sent. */
    public int relay() {
        int sent = 0;
        List<Queued> batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::lease);
            for (Queued mail : batch) {
                if (send(mail)) {
                    sent++;
                }
            }
        } while (batch.size() == config.batchSize());
        return sent;
    }

    private List<Queued> lease() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select id, kind, recipient, subject, body, attempts from mail_outbox
                where sent_at is null and given_up_at is null and next_attempt_at <= now()
                order by next_attempt_at, id
                limit ?1
                for update skip locked""").setParameter(1, config.batchSize()).getResultList();
        List<Queued> due = rows.stream().map(row -> new Queued(new OutgoingMail((UUID) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4]), ((Number) row[5]).intValue())).toList();
        if (!due.isEmpty()) {
            em.createNativeQuery("""
                    update mail_outbox set next_attempt_at = now() + make_interval(secs => ?1), attempts = attempts + 1
                    where id = any(?2)""")
                    .setParameter(1, (double) config.sendTimeout().multipliedBy(2).toSeconds())
                    .setParameter(2, due.stream().map(queued -> queued.mail().id()).toArray(UUID[]::new))
                    .executeUpdate();
        }
        return due;
    }

    private boolean send(Queued queued) {
        OutgoingMail mail = queued.mail();
        try {
            Optional<UUID> providerId = routes.current().send(mail);
            QuarkusTransaction.requiringNew().run(() -> markSent(mail.id(), providerId));
            return true;
        } catch (RuntimeException failure) {
            int attempts = queued.attempts() + 1;
            boolean refused = failure instanceof MailRoute.MailRefused refusal && refusal.permanent();
            boolean giveUp = refused || attempts >= config.maxAttempts();
            Duration wait = backoff(attempts, config.firstBackoff(), config.maxBackoff());
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                    update mail_outbox set last_error = ?2,
                        next_attempt_at = now() + make_interval(secs => ?3),
                        given_up_at = case when ?4 then now() end
                    where id = ?1""")
                    .setParameter(1, mail.id()).setParameter(2, String.valueOf(failure.getMessage()))
                    .setParameter(3, (double) wait.toSeconds()).setParameter(4, giveUp)
                    .executeUpdate());
            if (giveUp) {
                LOG.errorf("Gave up emailing %s after %d attempts%s: %s", mail.to(), attempts,
                        refused ? " (refused for good)" : "", failure.toString());
            } else {
                LOG.warnf("Could not email %s (attempt %d), trying again in %s: %s", mail.to(), attempts, wait,
                        failure.toString());
            }
            return false;
        }
    }

    // A delivery receipt may have come back before this: its status stands.
    private void markSent(UUID id, Optional<UUID> providerId) {
        if (providerId.isEmpty()) {
            em.createNativeQuery("update mail_outbox set sent_at = now(), last_error = null where id = ?1")
                    .setParameter(1, id).executeUpdate();
            return;
        }
        em.createNativeQuery("""
                update mail_outbox set sent_at = now(), last_error = null, notify_id = coalesce(notify_id, ?2),
                    delivery_status = coalesce(delivery_status, 'sending')
                where id = ?1""").setParameter(1, id).setParameter(2, providerId.get()).executeUpdate();
    }

    /** The wait after the {@code attempts}-th failure: {@code first}, doubled for each further one, at most {@code max}. */
    static Duration backoff(int attempts, Duration first, Duration max) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(max) > 0 ? max : wait;
    }
}

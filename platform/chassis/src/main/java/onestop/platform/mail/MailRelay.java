package onestop.platform.mail;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the queued emails and text messages of the {@link MailOutbox}. A round leases its due rows
 * ({@code FOR UPDATE SKIP LOCKED}, then pushes their next attempt past the send timeout), so several replicas never
 * send one mail at once; each mail is then sent outside any transaction, by the {@link MailRoutes route} configured (SMTP or GOV.UK Notify),
 * and marked sent with Notify's notification id, or rescheduled with a doubling backoff, and given up after
 * {@code onestop.mail.max-attempts}, or at once when the provider refuses it for good. A process that dies between
 * sending and marking sends that mail again when its lease ends: at least once, and in practice once. A commit
 * that queued mail {@link #wake wakes} the relay, so mail does not wait for the next look.
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

    /** One round at a time for the wake-ups, on a thread of its own: never a request's or a commit's. */
    private final ExecutorService woken = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mail-relay");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean roundQueued = new AtomicBoolean();

    @Scheduled(every = "${onestop.mail.every}", delayed = "${onestop.mail.first-after}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        relay();
    }

    /**
     * A mail was committed here: a round starts now instead of at the next look, so it leaves within moments
     * (the looks every {@code onestop.mail.every} remain for retries, other replicas' mail and restarts). Wake-ups
     * while a round is waiting to start add nothing; rounds of several replicas share the due rows by their leases.
     * Off with the looks ({@code every=off}: tests run the relay by hand).
     */
    void wake() {
        if (config.every().equalsIgnoreCase("off") || config.every().equalsIgnoreCase("disabled")
                || !roundQueued.compareAndSet(false, true)) {
            return;
        }
        try {
            woken.execute(() -> {
                roundQueued.set(false);
                try {
                    relay();
                } catch (RuntimeException failure) {
                    LOG.warnf("A mail round after a commit failed; the next look retries it: %s", failure.toString());
                }
            });
        } catch (RejectedExecutionException stopping) {
            roundQueued.set(false); // shutting down: the mail waits in the outbox for the next start
        }
    }

    @PreDestroy
    void stop() {
        woken.shutdown(); // a round under way finishes, or dies with the JVM: its mail is sent again after its lease
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
                select id, kind, recipient, subject, body, attempts, channel from mail_outbox
                where sent_at is null and given_up_at is null and next_attempt_at <= now()
                order by next_attempt_at, id
                limit ?1
                for update skip locked""").setParameter(1, config.batchSize()).getResultList();
        List<Queued> due = rows.stream().map(row -> new Queued(new OutgoingMail((UUID) row[0], (String) row[1],
                (String) row[2], (String) row[3], (String) row[4], "text".equals(row[6])),
                ((Number) row[5]).intValue())).toList();
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
                LOG.errorf("Gave up %s %s after %d attempts%s: %s", mail.text() ? "texting" : "emailing", mail.to(),
                        attempts, refused ? " (refused for good)" : "", failure.toString());
            } else {
                LOG.warnf("Could not %s %s (attempt %d), trying again in %s: %s", mail.text() ? "text" : "email",
                        mail.to(), attempts, wait, failure.toString());
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

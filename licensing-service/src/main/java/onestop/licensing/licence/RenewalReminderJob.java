package onestop.licensing.licence;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import onestop.licensing.api.LicensingEvents;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.outbox.Outbox;

/**
 * Raises {@code licence.renewal-due} 60 and 14 days before a licence expires, once each: the reminder's
 * time is recorded on the licence in the same transaction, and rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so two replicas never remind twice.
 */
@ApplicationScoped
public class RenewalReminderJob {

    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Outbox outbox;

    @Inject
    Timeline timeline;

    @Scheduled(every = "${licensing.jobs.every}", delayed = "${licensing.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        run();
    }

    /** Sends every reminder due; returns how many. */
    public int run() {
        // the 14-day pass goes first: a licence already inside 14 days gets that reminder only
        return remind(14) + remind(60);
    }

    private int remind(int days) {
        int total = 0;
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(() -> remindBatch(days));
            total += sent;
        } while (sent == BATCH);
        return total;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int remindBatch(int days) {
        Instant now = Instant.now(clock);
        String remindedColumn = days == 14 ? "renewal_reminded_14_at" : "renewal_reminded_60_at";
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("select id from licence"
                + " where status in ('ACTIVE', 'SUSPENDED') and expires_at is not null"
                + " and expires_at > :now and expires_at <= :horizon and " + remindedColumn + " is null"
                + " order by expires_at, id limit :batch for update skip locked")
                .setParameter("now", now).setParameter("horizon", now.plus(Duration.ofDays(days)))
                .setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            Licence licence = Licence.findById(id);
            licence.renewalReminded14At = days == 14 ? now : licence.renewalReminded14At;
            licence.renewalReminded60At = licence.renewalReminded60At == null ? now : licence.renewalReminded60At;
            timeline.note(licence.applicationId, Actor.SYSTEM, "Renewal reminder: licence " + licence.number
                    + " expires at " + licence.expiresAt + ".");
            outbox.append(LicensingEvents.LICENCE_RENEWAL_DUE, LicensingEvents.LICENCE, licence.id,
                    licence.event(null, null, days, now));
        }
        return due.size();
    }
}

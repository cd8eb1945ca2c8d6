package onestop.licensing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Acknowledges every temporary event notice to which neither the police nor environmental health objected by the
 * end of their 3 working days, and every one whose objection was not decided 24 hours before the event (s.105(4)):
 * the event may go ahead, and the notice is valid for it alone. Rows are claimed with
 * {@code FOR UPDATE SKIP LOCKED}, so with several replicas each notice is acknowledged once.
 */
@ApplicationScoped
public class NoticeAcknowledgementJob {

    private static final Logger LOG = Logger.getLogger(NoticeAcknowledgementJob.class);
    private static final int BATCH = 50;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    TemporaryEventNotices notices;

    @Scheduled(every = "${licensing.jobs.every}", delayed = "${licensing.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int acknowledged = run();
        if (acknowledged > 0) {
            LOG.infof("Acknowledged %d temporary event notice(s)", acknowledged);
        }
    }

    /** Acknowledges every notice due; returns how many. */
    public int run() {
        int total = 0;
        int acknowledged;
        do {
            acknowledged = QuarkusTransaction.requiringNew().call(this::acknowledgeBatch);
            total += acknowledged;
        } while (acknowledged == BATCH);
        return total;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int acknowledgeBatch() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select a.id from application a join temporary_event e on e.application_id = a.id
                where a.status = 'IN_CONSULTATION' and a.consultation_ends_at <= :now
                  and (not e.hearing_required or e.event_start <= :dayAhead)
                order by a.consultation_ends_at, a.id
                limit :batch
                for update of a skip locked""")
                .setParameter("now", now).setParameter("dayAhead", now.plus(Duration.ofHours(24)))
                .setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            notices.acknowledge(Application.findById(id));
        }
        return due.size();
    }
}

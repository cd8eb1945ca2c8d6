package onestop.opportunities.opportunity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityClosed;
import onestop.opportunities.search.NoticeChanges;
import onestop.platform.outbox.Outbox;

/**
 * Closes open notices whose {@code closingAt} has passed. Safe with several replicas: one conditional
 * UPDATE claims the rows ({@code status = 'OPEN'}, {@code skip locked}), so each notice is closed, and its
 * event written, exactly once.
 */
@ApplicationScoped
public class ClosingJob {

    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    NoticeChanges noticeChanges;

    @Scheduled(every = "${opportunities.closing-job.every:30s}", delayed = "${opportunities.closing-job.delay:5s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void run() {
        while (closeDue() == BATCH) {
            // more were due than one batch: go on
        }
    }

    /** @return how many notices were closed */
    @Transactional
    @SuppressWarnings("unchecked")
    public int closeDue() {
        Instant now = clock.instant();
        List<Object[]> closed = em.createNativeQuery("""
                update opportunity set status = 'CLOSED', closed_at = ?1, updated_at = ?1, version = version + 1
                where id in (select id from opportunity where status = 'OPEN' and closing_at <= ?1
                             order by closing_at limit ?2 for update skip locked)
                  and status = 'OPEN'
                returning id, reference, buyer
                """).setParameter(1, Timestamp.from(now)).setParameter(2, BATCH).getResultList();
        if (!closed.isEmpty()) {
            noticeChanges.noticeWritten(); // plain SQL: no entity callback tells the search index
        }
        for (Object[] row : closed) {
            UUID id = (UUID) row[0];
            outbox.append(OpportunitiesEvents.OPPORTUNITY_CLOSED, OpportunitiesEvents.OPPORTUNITY, id,
                    new OpportunityClosed(id, (String) row[1], (String) row[2], now, true));
        }
        return closed.size();
    }
}

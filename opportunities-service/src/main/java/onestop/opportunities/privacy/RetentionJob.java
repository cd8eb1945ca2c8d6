package onestop.opportunities.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import onestop.platform.transaction.ExclusiveBatches;

/**
 * The privacy notice's "procurement records are kept for 6 years after the contract ends": {@link #YEARS} years
 * after a notice's procurement ended (its contract's end date once awarded; its cancellation; its closing when it
 * closed without an award), what each supplier wrote in its response (summary, social value commitments) is
 * erased. The record stays: reference, supplier id, price, dates, and the award as published. An awarded notice
 * without a contract end date is kept until one is entered. The work is done in
 * {@linkplain ExclusiveBatches batches}, so replicas never do it twice.
 */
@ApplicationScoped
public class RetentionJob {

    /** What the privacy notice promises; changing it means changing the notice (docs/domain.md, Data rights). */
    public static final int YEARS = 6;
    /** What an erased response's summary says (the column may not be empty). */
    public static final String ERASED = "Erased after the retention period";

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    // pg_advisory_xact_lock key of this job: "OSoret" in ASCII, unlikely to meet another lock
    private static final long LOCK = 0x4f536f726574L;
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    ExclusiveBatches batches;

    @Scheduled(every = "${onestop.retention.every}", delayed = "17m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int erased = run();
        if (erased > 0) {
            LOG.infof("Erased the content of %d response(s) past %d years", erased, YEARS);
        }
    }

    /** Erases every response past its period; returns how many (0 while another replica is at it). */
    public int run() {
        return batches.run(LOCK, BATCH, this::eraseBatch);
    }

    @SuppressWarnings("unchecked")
    private int eraseBatch(int size) {
        Instant now = Instant.now(clock);
        LocalDate cutOffDay = now.atZone(ZoneOffset.UTC).toLocalDate().minusYears(YEARS);
        Instant cutOff = now.atZone(ZoneOffset.UTC).minusYears(YEARS).toInstant();
        List<UUID> due = em.createNativeQuery("""
                select r.id from supplier_response r join opportunity o on o.id = r.opportunity_id
                where r.personal_data_erased_at is null and (
                    (o.status = 'AWARDED' and o.contract_end_on < :day)
                    or (o.status = 'CANCELLED' and o.cancelled_at < :at)
                    or (o.status = 'CLOSED' and o.closing_at < :at))
                order by r.id limit :batch for update of r skip locked""")
                .setParameter("day", cutOffDay).setParameter("at", cutOff).setParameter("batch", size)
                .getResultList();
        if (!due.isEmpty()) {
            em.createNativeQuery("""
                    update supplier_response set summary = :erased, commitments = '[]', personal_data_erased_at = :now
                    where id in (:ids)""").setParameter("erased", ERASED).setParameter("now", now)
                    .setParameter("ids", due).executeUpdate();
        }
        return due.size();
    }
}

package onestop.platform.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the reads of {@link PersonalDataReads} older than {@link #YEARS} years, as the privacy notice says: the
 * log is itself personal data (of staff and of the people read about). A delete is the same whichever replica runs
 * it, so two at once do it once.
 */
@ApplicationScoped
public class PersonalDataReadsCleanupJob {

    /** What the privacy notice promises (docs/domain.md, Data rights). */
    public static final int YEARS = 2;

    private static final Logger LOG = Logger.getLogger(PersonalDataReadsCleanupJob.class);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Scheduled(every = "${onestop.audit.cleanup-every:6h}", delayed = "4m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int deleted = run();
        if (deleted > 0) {
            LOG.infof("Deleted %d personal data reads older than %d years", deleted, YEARS);
        }
    }

    @Transactional
    public int run() {
        Instant cutOff = Instant.now(clock).atZone(ZoneOffset.UTC).minusYears(YEARS).toInstant();
        return em.createNativeQuery("delete from personal_data_read where read_at < ?1").setParameter(1, cutOff)
                .executeUpdate();
    }
}

package onestop.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes outbox rows published longer ago than {@code onestop.outbox.retention}. */
@ApplicationScoped
public class OutboxCleanupJob {

    private static final Logger LOG = Logger.getLogger(OutboxCleanupJob.class);

    @Inject
    EntityManager em;

    @Inject
    OutboxConfig config;

    @Scheduled(every = "${onestop.outbox.cleanup-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void deletePublished() {
        int deleted = em.createNativeQuery("""
                delete from outbox_event
                where published_at is not null and published_at < now() - make_interval(secs => ?1)
                """).setParameter(1, (double) config.retention().toSeconds()).executeUpdate();
        if (deleted > 0) {
            LOG.infof("Deleted %d published outbox rows", deleted);
        }
    }
}

package onestop.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets handled event ids older than {@code onestop.consumer.processed-retention}: long after any
 * redelivery could happen, so the log does not grow for ever.
 */
@ApplicationScoped
public class ProcessedEventsCleanupJob {

    @Inject
    EntityManager em;

    @Inject
    ConsumerConfig config;

    @Scheduled(every = "${onestop.consumer.cleanup-every:6h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetOldEvents() {
        em.createNativeQuery("delete from processed_event where processed_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) config.processedRetention().toSeconds()).executeUpdate();
    }
}

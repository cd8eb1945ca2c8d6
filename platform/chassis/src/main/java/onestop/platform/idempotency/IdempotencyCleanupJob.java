package onestop.platform.idempotency;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Deletes Idempotency-Key answers older than 24 hours (a claim also ignores them; this keeps the table small). */
@ApplicationScoped
public class IdempotencyCleanupJob {

    private static final Logger LOG = Logger.getLogger(IdempotencyCleanupJob.class);

    @Inject
    IdempotencyStore store;

    @Scheduled(every = "${onestop.idempotency.cleanup-every:1h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void forgetOld() throws SQLException {
        int deleted = store.forgetOld();
        if (deleted > 0) {
            LOG.infof("Forgot %d Idempotency-Key answers older than 24 hours", deleted);
        }
    }
}

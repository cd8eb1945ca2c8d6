package onestop.gateway.privacy;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Deletes the ZIP of every export older than its 7 days (the email and the "Your data" page promise no longer),
 * keeping the row, marked {@code EXPIRED}, so that the page can say what happened to it.
 */
@ApplicationScoped
public class DataExportCleanUp {

    private static final Logger LOG = Logger.getLogger(DataExportCleanUp.class);

    private final Clock clock;

    DataExportCleanUp(Clock clock) {
        this.clock = clock;
    }

    @Scheduled(every = "${onestop.gateway.data-export.clean-up-every:1h}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        expire();
    }

    /** Expires every export past its time; answers how many. */
    @Transactional
    public int expire() {
        var em = DataExport.getEntityManager();
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                delete from data_export_file f using data_export e
                where e.id = f.export_id and e.state = 'READY' and e.expires_at <= ?1""")
                .setParameter(1, now).executeUpdate();
        int expired = em.createNativeQuery("update data_export set state = 'EXPIRED' "
                + "where state = 'READY' and expires_at <= ?1").setParameter(1, now).executeUpdate();
        if (expired > 0) {
            LOG.infof("%d data exports expired: their files are deleted", expired);
        }
        return expired;
    }
}

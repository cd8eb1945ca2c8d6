package onestop.licensing.licence;

import java.time.Clock;
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
 * Expires current licences whose expiry has passed, naming the licence a granted renewal carries on with. Rows
 * are claimed with {@code FOR UPDATE SKIP LOCKED} so that two replicas never expire (and announce) the same
 * licence twice.
 */
@ApplicationScoped
public class LicenceExpiryJob {

    private static final Logger LOG = Logger.getLogger(LicenceExpiryJob.class);
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    LicenceService licences;

    @Scheduled(every = "${licensing.jobs.every}", delayed = "${licensing.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int expired = run();
        if (expired > 0) {
            LOG.infof("Expired %d licence(s)", expired);
        }
    }

    /** Expires every licence due; returns how many. */
    public int run() {
        int total = 0;
        int expired;
        do {
            expired = QuarkusTransaction.requiringNew().call(this::expireBatch);
            total += expired;
        } while (expired == BATCH);
        return total;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    int expireBatch() {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> due = em.createNativeQuery("""
                select id from licence
                where status in ('ACTIVE', 'SUSPENDED') and expires_at is not null and expires_at <= :now
                order by expires_at, id
                limit :batch
                for update skip locked""")
                .setParameter("now", now).setParameter("batch", BATCH).getResultList();
        for (UUID id : due) {
            licences.expire(Licence.findById(id), renewal(id));
        }
        return due.size();
    }

    /** The number of the current licence a granted renewal of licence {@code id} issued; null when none. */
    private String renewal(UUID id) {
        List<?> renewals = em.createNativeQuery("""
                select l.number from application a join licence l on l.id = a.issued_licence_id
                where a.kind = 'RENEWAL' and a.licence_id = :id and l.status in ('ACTIVE', 'SUSPENDED')
                order by l.issued_at desc limit 1""").setParameter("id", id).getResultList();
        return renewals.isEmpty() ? null : (String) renewals.get(0);
    }
}

package onestop.gateway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.account.UserAccount;
import onestop.platform.transaction.ExclusiveBatches;

/**
 * The privacy notice's "an account you no longer use is deleted after 2 years without sign-in": closes every
 * business account whose last sign-in (or, never signed in, its creation) is more than {@link #IDLE_YEARS} years
 * ago, through {@link AccountClosures#closeIdle}, so the gateway erases its part and {@code account.closed} makes
 * both services erase or anonymise theirs exactly as when the holder closes it (ADR 0012). Staff accounts are the
 * council's to manage and are left alone. The work is done in {@linkplain ExclusiveBatches batches}, so two replicas
 * never close (and announce) the same account twice; rows are also claimed {@code FOR UPDATE SKIP LOCKED} against a
 * closure asked for meanwhile.
 */
@ApplicationScoped
public class IdleAccountJob {

    /** What the privacy notice promises; changing it means changing the notice (docs/domain.md, Data rights). */
    public static final int IDLE_YEARS = 2;

    private static final Logger LOG = Logger.getLogger(IdleAccountJob.class);
    // pg_advisory_xact_lock key of this job: "OSidle" in ASCII, unlikely to meet another lock
    private static final long LOCK = 0x4f5369646c65L;
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountClosures closures;

    @Inject
    ExclusiveBatches batches;

    @Scheduled(every = "${onestop.retention.every}", delayed = "13m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int closed = run();
        if (closed > 0) {
            LOG.infof("Closed %d account(s) idle for %d years", closed, IDLE_YEARS);
        }
    }

    /** Closes every account idle past the period; returns how many (0 while another replica is at it). */
    public int run() {
        return batches.run(LOCK, BATCH, this::closeBatch);
    }

    private int closeBatch(int size) {
        Instant cutOff = Instant.now(clock).atZone(ZoneOffset.UTC).minusYears(IDLE_YEARS).toInstant();
        @SuppressWarnings("unchecked")
        List<UUID> idle = em.createNativeQuery("""
                select id from user_account
                where business_id is not null and cardinality(roles) = 1 and roles[1] = 'business' and last_signed_in_at < ?1
                order by last_signed_in_at, id
                limit ?2
                for update skip locked""")
                .setParameter(1, cutOff).setParameter(2, size).getResultList();
        for (UUID id : idle) {
            closures.closeIdle(UserAccount.findById(id));
        }
        return idle.size();
    }
}

package onestop.licensing.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import onestop.licensing.document.DocumentStore;
import onestop.platform.transaction.AfterCommit;
import onestop.platform.transaction.ExclusiveBatches;

/**
 * The privacy notice's "licence records are kept for 6 years after the licence ends": {@link #YEARS} years after a
 * licence expired, was revoked or surrendered, its holder's name, premises, details and status reason are erased;
 * then, and {@link #YEARS} years after the decision of an application that led to no licence, the application's
 * holder name, premises, details, reasons and documents (rows and files) go, and with them the name, email and
 * address of each member of the public who made a representation on it. What stays is anonymous: number, type,
 * status, dates, conditions, outcome, and the representations' grounds, for the council's statistics. A member of
 * the public's representation waiting for its email to be confirmed is forgotten {@link #PENDING_KEPT} after its
 * link stopped working (confirmed, it was copied into the representation; never confirmed, it never counted). The
 * work is done in {@linkplain ExclusiveBatches batches}, so replicas never do it twice.
 */
@ApplicationScoped
public class RetentionJob {

    /** What the privacy notice promises; changing it means changing the notice (docs/domain.md, Data rights). */
    public static final int YEARS = 6;
    /** What a licence whose retention has ended names as its holder (the column may not be empty). */
    public static final String ERASED_HOLDER = "Erased after the retention period";
    /** What a member of the public's representation names as its maker once the application's period has ended. */
    public static final String ERASED_MAKER = "A member of the public (erased after the retention period)";
    /** How long a representation waiting for its email's confirmation is kept once its link has expired. */
    public static final Duration PENDING_KEPT = Duration.ofDays(7);

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    // pg_advisory_xact_lock key of this job: "OSlret" in ASCII, unlikely to meet another lock
    private static final long LOCK = 0x4f536c726574L;
    // and of its forgetting of unconfirmed representations: "OSlpnd"
    private static final long PENDING_LOCK = 0x4f536c706e64L;
    private static final int BATCH = 100;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    DocumentStore documents;

    @Inject
    ExclusiveBatches batches;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Scheduled(every = "${onestop.retention.every}", delayed = "${licensing.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int erased = run();
        if (erased > 0) {
            LOG.infof("Erased the personal data of %d licence(s) and application(s) past %d years", erased, YEARS);
        }
    }

    /** Erases everything past its period; returns how many licences and applications (0 while another replica is at it). */
    public int run() {
        int forgotten = batches.run(PENDING_LOCK, BATCH, this::forgetPendingBatch);
        if (forgotten > 0) {
            LOG.infof("Forgot %d representation(s) whose confirmation link expired", forgotten);
        }
        return batches.run(LOCK, BATCH, this::eraseBatch);
    }

    private int forgetPendingBatch(int size) {
        return em.createNativeQuery("""
                delete from pending_representation where id in (select id from pending_representation
                    where expires_at < ?1 order by expires_at, id limit ?2 for update skip locked)""")
                .setParameter(1, Instant.now(clock).minus(PENDING_KEPT)).setParameter(2, size).executeUpdate();
    }

    private int eraseBatch(int size) {
        Instant now = Instant.now(clock);
        Instant cutOff = now.atZone(ZoneOffset.UTC).minusYears(YEARS).toInstant();
        List<String> files = new ArrayList<>();
        int erased = eraseLicences(cutOff, now, size) + eraseApplications(cutOff, now, size, files);
        if (!files.isEmpty()) {
            // once the rows are gone for good: should the commit fail, they stay and the files with them
            List<String> erasedFiles = List.copyOf(files);
            AfterCommit.once(transactions, erasedFiles, () -> erasedFiles.forEach(documents::delete));
        }
        return erased;
    }

    private int eraseLicences(Instant cutOff, Instant now, int size) {
        List<UUID> due = ids("""
                select id from licence
                where status in ('EXPIRED', 'REVOKED', 'SURRENDERED') and personal_data_erased_at is null
                    and updated_at < ?1
                order by updated_at, id limit ?2 for update skip locked""", cutOff, size);
        if (!due.isEmpty()) {
            em.createNativeQuery("""
                    update licence set holder_name = :holder, premises_name = null, premises_address_line1 = null,
                        premises_town = null, premises_postcode = null, postcode_key = null, details = '{}',
                        status_reason = null, personal_data_erased_at = :now
                    where id in (:ids)""").setParameter("ids", due).setParameter("holder", ERASED_HOLDER)
                    .setParameter("now", now).executeUpdate();
        }
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private int eraseApplications(Instant cutOff, Instant now, int size, List<String> files) {
        // an application that led to a licence, or was about one, waits until that licence's data has gone
        List<UUID> due = ids("""
                select a.id from application a
                where a.status in ('GRANTED', 'REFUSED', 'WITHDRAWN') and a.personal_data_erased_at is null
                    and coalesce(a.decided_at, a.updated_at) < ?1
                    and not exists (select 1 from licence l where l.id in (a.licence_id, a.issued_licence_id)
                        and l.personal_data_erased_at is null)
                order by coalesce(a.decided_at, a.updated_at), a.id limit ?2 for update of a skip locked""", cutOff, size);
        if (due.isEmpty()) {
            return 0;
        }
        files.addAll(em.createNativeQuery("select stored_name from application_document where application_id in (:ids)")
                .setParameter("ids", due).getResultList());
        em.createNativeQuery("delete from application_document where application_id in (:ids)").setParameter("ids", due)
                .executeUpdate();
        em.createNativeQuery("""
                update application set holder_name = null, premises_name = null, premises_address_line1 = null,
                    premises_town = null, premises_postcode = null, details = '{}', reasons = null,
                    personal_data_erased_at = :now
                where id in (:ids)""").setParameter("ids", due).setParameter("now", now).executeUpdate();
        em.createNativeQuery("""
                update representation set from_name = :maker, email = null, address = null
                where application_id in (:ids) and category = 'PUBLIC'""").setParameter("ids", due)
                .setParameter("maker", ERASED_MAKER).executeUpdate();
        return due.size();
    }

    @SuppressWarnings("unchecked")
    private List<UUID> ids(String sql, Instant cutOff, int size) {
        return em.createNativeQuery(sql).setParameter(1, cutOff).setParameter(2, size).getResultList();
    }
}

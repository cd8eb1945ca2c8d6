package onestop.gateway.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.GatewayConfig;
import onestop.gateway.account.AccountMail;
import onestop.gateway.account.UserAccount;
import onestop.platform.time.WorkingDayCalendar;
import onestop.platform.transaction.ExclusiveBatches;

/**
 * The privacy notice's "an account you no longer use is deleted after 2 years without sign-in": emails the holder of
 * every business account whose last sign-in (or, never signed in, its creation) is within {@link #WARNING} of
 * {@link #IDLE_YEARS} years ago, saying on which day it will be closed unless they sign in, and closes each account
 * idle past the years whose holder was so warned at least {@link #WARNING} before (and has not signed in since),
 * through {@link AccountClosures#closeIdle}, so the gateway erases its part and {@code account.closed} makes both
 * services erase or anonymise theirs exactly as when the holder closes it (ADR 0012). An account found idle past the
 * years but never warned (the job was off, or the rule is new) is warned first and closed a month later. Staff
 * accounts are the council's to manage and are left alone. The work is done in {@linkplain ExclusiveBatches batches},
 * so two replicas never warn or close (and announce) the same account twice; rows are also claimed
 * {@code FOR UPDATE SKIP LOCKED} against a closure or a sign-in meanwhile.
 */
@ApplicationScoped
public class IdleAccountJob {

    /** What the privacy notice promises; changing it means changing the notice (docs/domain.md, Data rights). */
    public static final int IDLE_YEARS = 2;
    /** How long before its closure the holder of an idle account is told (the privacy notice says a month). */
    public static final Duration WARNING = Duration.ofDays(30);

    private static final Logger LOG = Logger.getLogger(IdleAccountJob.class);
    // pg_advisory_xact_lock keys of this job's two steps: "OSidle" and "OSidlw" in ASCII, unlikely to meet another lock
    private static final long LOCK = 0x4f5369646c65L;
    private static final long WARN_LOCK = 0x4f5369646c77L;
    private static final int BATCH = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK)
            .withZone(WorkingDayCalendar.COUNCIL_ZONE);
    private static final String BUSINESS_ONLY = "business_id is not null and cardinality(roles) = 1"
            + " and roles[1] = 'business'";

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountClosures closures;

    @Inject
    ExclusiveBatches batches;

    @Inject
    Event<AccountMail> mails;

    @Inject
    GatewayConfig gateway;

    @Scheduled(every = "${onestop.retention.every}", delayed = "13m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void scheduled() {
        int closed = run();
        if (closed > 0) {
            LOG.infof("Closed %d account(s) idle for %d years", closed, IDLE_YEARS);
        }
    }

    /**
     * Closes every account idle past the period whose holder was warned in time, then warns those a month or less
     * from it; returns how many were closed (0 while another replica is at it).
     */
    public int run() {
        int closed = batches.run(LOCK, BATCH, this::closeBatch);
        int warned = batches.run(WARN_LOCK, BATCH, this::warnBatch);
        if (warned > 0) {
            LOG.infof("Warned %d account holder(s) that their idle account will be closed", warned);
        }
        return closed;
    }

    private Instant idleSince(Instant now) {
        return now.atZone(ZoneOffset.UTC).minusYears(IDLE_YEARS).toInstant();
    }

    private int closeBatch(int size) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<UUID> idle = em.createNativeQuery("select id from user_account where " + BUSINESS_ONLY + """
                 and last_signed_in_at < ?1 and idle_warned_at > last_signed_in_at and idle_warned_at <= ?2
                order by last_signed_in_at, id
                limit ?3
                for update skip locked""")
                .setParameter(1, idleSince(now)).setParameter(2, now.minus(WARNING)).setParameter(3, size)
                .getResultList();
        for (UUID id : idle) {
            closures.closeIdle(UserAccount.findById(id));
        }
        return idle.size();
    }

    private int warnBatch(int size) {
        Instant now = Instant.now(clock);
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("select id, email, last_signed_in_at from user_account where "
                + BUSINESS_ONLY + """
                 and last_signed_in_at < ?1 and (idle_warned_at is null or idle_warned_at <= last_signed_in_at)
                order by last_signed_in_at, id
                limit ?2
                for update skip locked""")
                .setParameter(1, idleSince(now).plus(WARNING)).setParameter(2, size).getResultList();
        if (due.isEmpty()) {
            return 0;
        }
        em.createNativeQuery("update user_account set idle_warned_at = :now where id in (:ids)")
                .setParameter("now", now).setParameter("ids", due.stream().map(row -> row[0]).toList())
                .executeUpdate();
        String signIn = gateway.publicUrl().toString().replaceAll("/+$", "") + "/sign-in";
        Instant closing = now.plus(WARNING); // warned at most a month before the years are up, never closed sooner
        for (Object[] row : due) {
            Instant lastSignIn = (Instant) row[2];
            mails.fire(new AccountMail((String) row[1], "your account will be closed on " + DAY.format(closing)
                    + " unless you sign in",
                    "Nobody has signed in to your OneStop account since " + DAY.format(lastSignIn) + ". An account "
                            + "nobody uses for " + IDLE_YEARS + " years is closed, as the privacy notice says: we will "
                            + "close yours on or after " + DAY.format(closing) + ", and your data in the licensing "
                            + "and procurement records will then be deleted or anonymised as when you close it.\n\n"
                            + "To keep your account, sign in before then:\n\n" + signIn + "\n\n"
                            + "If you no longer need it, you need do nothing.\n"));
        }
        return due.size();
    }
}

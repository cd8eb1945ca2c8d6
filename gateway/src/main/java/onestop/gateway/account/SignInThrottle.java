package onestop.gateway.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.Secrets;

/**
 * Failed sign-ins per email address, in the database so that every gateway replica counts them together:
 * {@link #FAILURES} failures within {@link #WINDOW} lock the address for a minute, then 2, 4, ... up to an
 * hour for each lock that follows without a success. An unknown address is counted exactly like a known
 * one, so the answers tell nobody which addresses have accounts. While locked, no password is checked.
 */
@ApplicationScoped
public class SignInThrottle {

    static final int FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration FIRST_LOCK = Duration.ofMinutes(1);
    static final Duration LONGEST_LOCK = Duration.ofHours(1);
    static final Duration FORGOTTEN_AFTER = Duration.ofDays(1);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /** How long the address stays locked, if it is. */
    @Transactional
    public Optional<Duration> lockedFor(String email) {
        Instant now = Instant.now(clock);
        List<?> until = em.createNativeQuery("select locked_until from sign_in_throttle where email = ?1")
                .setParameter(1, key(email)).getResultList();
        return until.stream().filter(v -> v != null).map(Secrets::instant).filter(t -> t.isAfter(now))
                .findFirst().map(t -> Duration.between(now, t));
    }

    /** Counts a failure; the fifth in the window locks the address. */
    @Transactional
    public void failed(String email) {
        Instant now = Instant.now(clock);
        em.createNativeQuery("""
                insert into sign_in_throttle (email, failures, window_started_at) values (?1, 1, ?2)
                on conflict (email) do update set
                    failures = case when sign_in_throttle.window_started_at < ?3 then 1
                                    else sign_in_throttle.failures + 1 end,
                    window_started_at = case when sign_in_throttle.window_started_at < ?3 then ?2
                                             else sign_in_throttle.window_started_at end
                """).setParameter(1, key(email)).setParameter(2, now).setParameter(3, now.minus(WINDOW))
                .executeUpdate();
        Object[] row = (Object[]) em.createNativeQuery(
                "select failures, lockouts from sign_in_throttle where email = ?1 for update")
                .setParameter(1, key(email)).getSingleResult();
        int failures = ((Number) row[0]).intValue();
        int lockouts = ((Number) row[1]).intValue();
        if (failures >= FAILURES) {
            Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(lockouts, 10));
            em.createNativeQuery("""
                    update sign_in_throttle set locked_until = ?2, lockouts = lockouts + 1, failures = 0,
                        window_started_at = ?3 where email = ?1
                    """).setParameter(1, key(email))
                    .setParameter(2, now.plus(lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock))
                    .setParameter(3, now).executeUpdate();
        }
    }

    /** A success forgets the failures and the locks before it. */
    @Transactional
    public void succeeded(String email) {
        em.createNativeQuery("delete from sign_in_throttle where email = ?1").setParameter(1, key(email))
                .executeUpdate();
    }

    /**
     * Forgets addresses whose failures are more than a day old and that are not locked: guesses at made-up
     * addresses leave no rows behind for long.
     */
    @Scheduled(every = "1h", delayed = "11m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetOld() {
        Instant now = Instant.now(clock);
        em.createNativeQuery("delete from sign_in_throttle where window_started_at < ?1"
                + " and (locked_until is null or locked_until < ?2)")
                .setParameter(1, now.minus(FORGOTTEN_AFTER)).setParameter(2, now).executeUpdate();
    }

    private static String key(String email) {
        String normalised = Emails.normalise(email);
        return normalised == null ? "" : normalised.substring(0, Math.min(normalised.length(), 320));
    }
}

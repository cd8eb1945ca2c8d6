package onestop.gateway.portal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.Secrets;
import onestop.gateway.account.UserAccount;

/**
 * Opens, finds and closes portal sessions. A session ends {@link #IDLE} after its last use and at the latest
 * {@link #LIFETIME} after sign-in; the cookie carries a random 256-bit token and the database only its hash.
 * Signing in always opens a new session (a token planted before sign-in is worth nothing).
 */
@ApplicationScoped
public class PortalSessions {

    static final Duration LIFETIME = Duration.ofHours(8);
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** A session's last use is written at most this often. */
    private static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);

    /** A live session and the account it signs in. */
    public record SignedIn(PortalSession session, UserAccount account) {
    }

    /** What a session cookie found: a live session, or none, and whether one just ended for idleness. */
    public record Lookup(Optional<SignedIn> signedIn, boolean timedOut) {
    }

    private final Clock clock;

    PortalSessions(Clock clock) {
        this.clock = clock;
    }

    /** Signs the account in; returns the token for the cookie. */
    @Transactional
    public String open(UserAccount account) {
        String token = randomToken();
        PortalSession session = new PortalSession();
        session.tokenHash = Secrets.sha256(token);
        session.userId = account.id;
        session.csrfToken = randomToken();
        session.createdAt = Instant.now(clock);
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(LIFETIME);
        session.persist();
        return token;
    }

    @Transactional
    public Optional<SignedIn> find(String token) {
        return lookup(token).signedIn();
    }

    /** The session of a cookie, marked as used now; a session idle too long is closed and said so. */
    @Transactional
    public Lookup lookup(String token) {
        return resolve(token, true);
    }

    /**
     * The same without writing anything and without starting a transaction, for pages rendered on the event
     * loop (the "page not found" page): an idle session is reported but closed by the next ordinary page.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Lookup peek(String token) {
        return resolve(token, false);
    }

    private Lookup resolve(String token, boolean write) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Lookup(Optional.empty(), false);
        }
        Instant now = Instant.now(clock);
        PortalSession session = PortalSession.findById(Secrets.sha256(token));
        if (session == null || !session.expiresAt.isAfter(now)) {
            return new Lookup(Optional.empty(), false);
        }
        if (!session.lastSeenAt.plus(IDLE).isAfter(now)) {
            if (write) {
                session.delete();
            }
            return new Lookup(Optional.empty(), true);
        }
        if (write && session.lastSeenAt.plus(SEEN_GRANULARITY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        UserAccount account = UserAccount.findById(session.userId);
        return new Lookup(account == null ? Optional.empty() : Optional.of(new SignedIn(session, account)), false);
    }

    @Transactional
    public void close(String token) {
        if (token != null && token.length() <= 100) {
            PortalSession.deleteById(Secrets.sha256(token));
        }
    }

    /** Ends every portal session of the user. */
    @Transactional
    public void closeAll(UUID userId) {
        PortalSession.delete("userId", userId);
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        Instant now = Instant.now(clock);
        PortalSession.delete("expiresAt < ?1 or lastSeenAt < ?2", now, now.minus(IDLE));
    }

    /** A random, URL-safe token of 256 bits. */
    public static String randomToken() {
        return Secrets.random();
    }

    /** Compares two tokens in constant time. */
    public static boolean same(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}

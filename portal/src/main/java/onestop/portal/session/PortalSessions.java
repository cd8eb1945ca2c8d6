package onestop.portal.session;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.api.TokenPair;
import onestop.portal.api.Account;
import onestop.portal.api.AccountApi;
import onestop.portal.PortalConfig;

/**
 * Opens, finds and closes portal sessions. A session ends {@link #IDLE} after its last use and at the latest
 * {@link #LIFETIME} after sign-in; the cookie carries a random 256-bit token and the database only its hash.
 * Signing in always opens a new session (a token planted before sign-in is worth nothing). The person's tokens
 * at the API stay here; the access token is refreshed at least every {@code onestop.portal.session.refresh-every}
 * (a minute), so that signing out everywhere or a new password, which end the refresh token, end this session
 * within that time too.
 */
@ApplicationScoped
public class PortalSessions {

    static final Duration LIFETIME = Duration.ofHours(8);
    public static final Duration IDLE = Duration.ofMinutes(30);
    /** A session's last use is written at most this often. */
    private static final Duration SEEN_GRANULARITY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A live session and the account it signs in. */
    public record SignedIn(PortalSession session, Account account) {
    }

    /** What a session cookie found: a live session, or none, and whether one just ended for idleness. */
    public record Lookup(Optional<SignedIn> signedIn, boolean timedOut) {
    }

    /** The session's sign-in ended elsewhere (signed out everywhere, a new password): it is closed here too. */
    public static class Ended extends RuntimeException {
        public Ended() {
            super(null, null, false, false);
        }
    }

    private final Clock clock;
    private final AccountApi accounts;
    private final Duration refreshEvery;

    PortalSessions(Clock clock, AccountApi accounts, PortalConfig config) {
        this.clock = clock;
        this.accounts = accounts;
        this.refreshEvery = config.sessionRefreshEvery();
    }

    /** Signs the account in with the tokens the API gave; returns the token for the cookie. */
    @Transactional
    public String open(TokenPair tokens, Account account) {
        String token = randomToken();
        PortalSession session = new PortalSession();
        session.tokenHash = sha256(token);
        session.userId = account.id();
        session.email = account.email();
        session.roles = String.join(",", account.roles());
        session.businessId = account.businessId();
        session.csrfToken = randomToken();
        session.createdAt = Instant.now(clock);
        session.lastSeenAt = session.createdAt;
        session.expiresAt = session.createdAt.plus(LIFETIME);
        keep(session, tokens);
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
        if (token == null || token.isBlank() || token.length() > 100) {
            return new Lookup(Optional.empty(), false);
        }
        Instant now = Instant.now(clock);
        PortalSession session = PortalSession.findById(sha256(token));
        if (session == null || !session.expiresAt.isAfter(now)) {
            return new Lookup(Optional.empty(), false);
        }
        if (!session.lastSeenAt.plus(IDLE).isAfter(now)) {
            session.delete();
            return new Lookup(Optional.empty(), true);
        }
        if (session.lastSeenAt.plus(SEEN_GRANULARITY).isBefore(now)) {
            session.lastSeenAt = now;
        }
        return new Lookup(Optional.of(new SignedIn(session, session.account())), false);
    }

    /**
     * The person's access token for a call on their behalf, refreshed when due. Two pages of one session
     * refreshing at once would spend one refresh token twice, which the gateway takes for theft and answers by
     * ending the sign-in: the row is locked while refreshing, and the second finds the new token.
     *
     * @throws Ended when the gateway no longer honours the sign-in; the session is closed
     */
    @Transactional(dontRollbackOn = Ended.class)
    public String accessToken(SignedIn user) {
        PortalSession session = PortalSession.findById(user.session().tokenHash, LockModeType.PESSIMISTIC_WRITE);
        if (session == null) {
            throw new Ended();
        }
        if (session.refreshAt.isAfter(Instant.now(clock))) {
            return session.accessToken;
        }
        Optional<TokenPair> refreshed = accounts.refresh(session.refreshToken);
        if (refreshed.isEmpty()) {
            session.delete();
            throw new Ended();
        }
        keep(session, refreshed.get());
        return session.accessToken;
    }

    /** A fresh sign-in for the same session's person (after a new password): a new session, the old one closed. */
    @Transactional
    public String replace(SignedIn user, TokenPair tokens) {
        PortalSession.deleteById(user.session().tokenHash);
        return open(tokens, user.account());
    }

    /** Closes the session here only (its sign-in has been ended at the gateway already). */
    @Transactional
    public void closeHere(SignedIn user) {
        PortalSession.deleteById(user.session().tokenHash);
    }

    /** Closes the session here and ends its sign-in at the gateway. */
    @Transactional
    public void close(String token) {
        if (token == null || token.length() > 100) {
            return;
        }
        PortalSession session = PortalSession.findById(sha256(token));
        if (session != null) {
            accounts.signOut(session.refreshToken);
            session.delete();
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetExpired() {
        Instant now = Instant.now(clock);
        PortalSession.delete("expiresAt < ?1 or lastSeenAt < ?2", now, now.minus(IDLE));
    }

    private void keep(PortalSession session, TokenPair tokens) {
        Instant now = Instant.now(clock);
        Duration lifetime = Duration.ofSeconds(Math.max(0, tokens.expiresIn() - 30));
        session.accessToken = tokens.accessToken();
        session.refreshToken = tokens.refreshToken();
        session.refreshAt = now.plus(lifetime.compareTo(refreshEvery) < 0 ? lifetime : refreshEvery);
    }

    /** A random, URL-safe token of 256 bits. */
    public static String randomToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Compares two tokens in constant time. */
    public static boolean same(String expected, String given) {
        return expected != null && given != null && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package onestop.gateway.portal.session;

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
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.account.UserAccount;

/**
 * Opens, finds and closes portal sessions. A session lasts 8 hours from sign-in; the cookie carries a
 * random 256-bit token and the database only its hash.
 */
@ApplicationScoped
public class PortalSessions {

    static final Duration LIFETIME = Duration.ofHours(8);
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A live session and the account it signs in. */
    public record SignedIn(PortalSession session, UserAccount account) {
    }

    private final Clock clock = Clock.systemUTC();

    /** Signs the account in; returns the token for the cookie. */
    @Transactional
    public String open(UserAccount account) {
        String token = randomToken();
        PortalSession session = new PortalSession();
        session.tokenHash = hash(token);
        session.userId = account.id;
        session.csrfToken = randomToken();
        session.createdAt = Instant.now(clock);
        session.expiresAt = session.createdAt.plus(LIFETIME);
        session.persist();
        return token;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<SignedIn> find(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        PortalSession session = PortalSession.findById(hash(token));
        if (session == null || !session.expiresAt.isAfter(Instant.now(clock))) {
            return Optional.empty();
        }
        UserAccount account = UserAccount.findById(session.userId);
        return account == null ? Optional.empty() : Optional.of(new SignedIn(session, account));
    }

    @Transactional
    public void close(String token) {
        if (token != null && token.length() <= 100) {
            PortalSession.deleteById(hash(token));
        }
    }

    @Scheduled(every = "1h", delayed = "5m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void forgetExpired() {
        PortalSession.delete("expiresAt < ?1", Instant.now(clock));
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

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

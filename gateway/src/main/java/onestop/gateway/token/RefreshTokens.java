package onestop.gateway.token;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.quarkus.scheduler.Scheduled;
import onestop.gateway.Secrets;
import onestop.gateway.account.UserAccount;

/**
 * Refresh tokens: opaque, 256 random bits, stored as a SHA-256 only. Each sign-in starts a family; every use
 * spends the token and gives a new one of the same family (rotation). A spent token used again can only be a
 * copy, so the whole family is revoked (reuse detection) and both holders must sign in again. A token ends
 * after {@link #IDLE} unused, a family {@link #ABSOLUTE} after its sign-in.
 */
@ApplicationScoped
public class RefreshTokens {

    static final Duration IDLE = Duration.ofHours(12);
    static final Duration ABSOLUTE = Duration.ofDays(7);

    /** A fresh refresh token and whose it is. */
    public record Rotated(UserAccount user, String token) {
    }

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Starts a family for a new sign-in; returns its first token. The account's last sign-in moves to now: the
     * idle-account retention job counts from it.
     */
    @Transactional
    public String start(UUID userId) {
        Instant now = Instant.now(clock);
        em.createNativeQuery("update user_account set last_signed_in_at = ?2 where id = ?1")
                .setParameter(1, userId).setParameter(2, now).executeUpdate();
        return insert(UUID.randomUUID(), userId, now, now.plus(ABSOLUTE));
    }

    /**
     * Spends the token for the next of its family; empty if it is unknown, expired, revoked or a replay. Its
     * own transaction, committed on return: a replay's revocation stands although the caller is refused.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Rotated> rotate(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        List<?> rows = em.createNativeQuery("""
                select family_id, user_id, expires_at, family_expires_at, spent_at, revoked_at
                from refresh_token where token_hash = ?1 for update
                """).setParameter(1, Secrets.sha256(raw.trim())).getResultList();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = (Object[]) rows.get(0);
        UUID family = (UUID) row[0];
        UUID userId = (UUID) row[1];
        Instant now = Instant.now(clock);
        if (row[5] != null) {
            return Optional.empty();
        }
        if (row[4] != null) {
            revokeFamily(family, now);
            return Optional.empty();
        }
        Instant familyEnd = Secrets.instant(row[3]);
        if (!Secrets.instant(row[2]).isAfter(now) || !familyEnd.isAfter(now)) {
            return Optional.empty();
        }
        em.createNativeQuery("update refresh_token set spent_at = ?2 where token_hash = ?1")
                .setParameter(1, Secrets.sha256(raw.trim())).setParameter(2, now).executeUpdate();
        return Optional.of(new Rotated(UserAccount.findById(userId), insert(family, userId, now, familyEnd)));
    }

    /** Ends the family of this token (signing out of one device); an unknown token changes nothing. */
    @Transactional
    public void revokeFamilyOf(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return;
        }
        List<?> family = em.createNativeQuery("select family_id from refresh_token where token_hash = ?1")
                .setParameter(1, Secrets.sha256(raw.trim())).getResultList();
        family.forEach(id -> revokeFamily((UUID) id, Instant.now(clock)));
    }

    /** Ends every family of the user. */
    @Transactional
    public void revokeAll(UUID userId) {
        em.createNativeQuery("update refresh_token set revoked_at = ?2 where user_id = ?1 and revoked_at is null")
                .setParameter(1, userId).setParameter(2, Instant.now(clock)).executeUpdate();
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    @Transactional
    void forgetEnded() {
        em.createNativeQuery("delete from refresh_token where family_expires_at < ?1")
                .setParameter(1, Instant.now(clock)).executeUpdate();
    }

    private void revokeFamily(UUID family, Instant now) {
        em.createNativeQuery("update refresh_token set revoked_at = ?2 where family_id = ?1 and revoked_at is null")
                .setParameter(1, family).setParameter(2, now).executeUpdate();
    }

    private String insert(UUID family, UUID userId, Instant now, Instant familyEnd) {
        String raw = Secrets.random();
        Instant idleEnd = now.plus(IDLE);
        em.createNativeQuery("""
                insert into refresh_token (token_hash, family_id, user_id, created_at, expires_at, family_expires_at)
                values (?1, ?2, ?3, ?4, ?5, ?6)
                """).setParameter(1, Secrets.sha256(raw)).setParameter(2, family).setParameter(3, userId).setParameter(4, now)
                .setParameter(5, idleEnd.isBefore(familyEnd) ? idleEnd : familyEnd).setParameter(6, familyEnd)
                .executeUpdate();
        return raw;
    }
}

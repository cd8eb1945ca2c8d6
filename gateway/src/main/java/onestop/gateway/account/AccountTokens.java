package onestop.gateway.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import onestop.gateway.Secrets;

/**
 * Issues and redeems the single-use tokens of emailed links: 32 random bytes, of which only a SHA-256 is
 * stored, so a copy of the database opens no account. A new link of a purpose ends the user's earlier ones.
 */
@ApplicationScoped
public class AccountTokens {

    private final Clock clock;

    AccountTokens(Clock clock) {
        this.clock = clock;
    }

    /** A fresh token for the user and purpose, valid for {@code lifetime}; the raw token goes in the link only. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(UUID userId, AccountToken.Purpose purpose, Duration lifetime) {
        Instant now = Instant.now(clock);
        AccountToken.update("usedAt = ?1 where userId = ?2 and purpose = ?3 and usedAt is null", now, userId, purpose);
        String raw = Secrets.random();
        AccountToken token = new AccountToken();
        token.tokenHash = Secrets.sha256(raw);
        token.userId = userId;
        token.purpose = purpose;
        token.createdAt = now;
        token.expiresAt = now.plus(lifetime);
        token.persist();
        return raw;
    }

    /** The user a valid, unused, unexpired token of this purpose was issued to; the token is spent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<UUID> redeem(String raw, AccountToken.Purpose purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<AccountToken> found = AccountToken.<AccountToken>findByIdOptional(Secrets.sha256(raw.trim()))
                .filter(token -> token.purpose == purpose && token.usedAt == null && token.expiresAt.isAfter(now));
        found.ifPresent(token -> token.usedAt = now);
        return found.map(token -> token.userId);
    }
}

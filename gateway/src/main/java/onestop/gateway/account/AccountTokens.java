package onestop.gateway.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import onestop.gateway.Secrets;
import onestop.gateway.api.Registration;

/**
 * Issues and redeems the single-use tokens of emailed links: 32 random bytes, of which only a SHA-256 is
 * stored, so a copy of the database opens no account. A new reset link ends the user's earlier ones; each
 * confirmation link stays good for the registration it was sent for. Using a link spends every other link of
 * its purpose for that user.
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
        return issue(userId, purpose, lifetime, token -> {
        });
    }

    /**
     * A confirmation link for one registration of an address not yet confirmed: when used, the password hash
     * and business given with that registration become the account's.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issueConfirmation(UUID userId, Registration registration, String passwordHash, Duration lifetime) {
        return issue(userId, AccountToken.Purpose.VERIFY_EMAIL, lifetime, token -> {
            token.passwordHash = passwordHash;
            token.businessName = registration.businessName();
            token.companyNumber = registration.companyNumber();
            token.postcode = registration.postcode();
        });
    }

    private String issue(UUID userId, AccountToken.Purpose purpose, Duration lifetime, Consumer<AccountToken> with) {
        Instant now = Instant.now(clock);
        if (purpose == AccountToken.Purpose.RESET_PASSWORD) {
            spendAll(userId, purpose, now);
        }
        String raw = Secrets.random();
        AccountToken token = new AccountToken();
        token.tokenHash = Secrets.sha256(raw);
        token.userId = userId;
        token.purpose = purpose;
        token.createdAt = now;
        token.expiresAt = now.plus(lifetime);
        with.accept(token);
        token.persist();
        return raw;
    }

    /** The valid, unused, unexpired token of this purpose; it and the user's other links of the purpose are spent. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<AccountToken> redeem(String raw, AccountToken.Purpose purpose) {
        if (raw == null || raw.isBlank() || raw.length() > 100) {
            return Optional.empty();
        }
        Instant now = Instant.now(clock);
        Optional<AccountToken> found = AccountToken.<AccountToken>findByIdOptional(Secrets.sha256(raw.trim()))
                .filter(token -> token.purpose == purpose && token.usedAt == null && token.expiresAt.isAfter(now));
        found.ifPresent(token -> {
            token.usedAt = now;
            spendAll(token.userId, purpose, now);
        });
        return found;
    }

    private static void spendAll(UUID userId, AccountToken.Purpose purpose, Instant now) {
        AccountToken.update("usedAt = ?1 where userId = ?2 and purpose = ?3 and usedAt is null", now, userId, purpose);
    }
}

package onestop.gateway.keys;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * When keys sign, and when they may go, so that a rotation never refuses a valid token:
 * <ul>
 * <li>a new key is published at once but signs only after {@code activationDelay}, by when every verifier has
 * fetched the key set that holds it;</li>
 * <li>the newest active key signs (on a first start the only key signs at once: nobody has tokens yet);</li>
 * <li>a key that stopped signing stays published for {@code tokenLifetime} plus a margin, until its last token
 * has expired; then it may be removed.</li>
 * </ul>
 * The creation time is read from the kid ({@code 20260301T090000Z-1a2b3c4d}); a kid without one counts as old.
 */
public record KeyRotation(Duration activationDelay, Duration tokenLifetime, Optional<Duration> rotateEvery) {

    static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);
    private static final DateTimeFormatter KID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    /** The key new tokens are signed with at {@code now}; keys are in kid order (oldest first). */
    public SigningKey signer(List<SigningKey> keys, Instant now) {
        SigningKey newestActive = null;
        SigningKey oldestSignable = null;
        for (SigningKey key : keys) {
            if (!key.canSign()) {
                continue;
            }
            if (oldestSignable == null) {
                oldestSignable = key;
            }
            if (!activeFrom(key).isAfter(now)) {
                newestActive = key;
            }
        }
        if (newestActive != null) {
            return newestActive;
        }
        if (oldestSignable == null) {
            throw new IllegalStateException("No signing key has its private half");
        }
        return oldestSignable;
    }

    /** Whether a new key should be made now: rotation is on and the newest key is old enough. */
    public boolean rotationDue(List<SigningKey> keys, Instant now) {
        if (rotateEvery.isEmpty() || keys.isEmpty()) {
            return false;
        }
        return !createdAt(keys.get(keys.size() - 1)).plus(rotateEvery.get()).isAfter(now);
    }

    /** Keys no token still valid can have been signed with: they stopped signing over a token lifetime ago. */
    public List<SigningKey> expired(List<SigningKey> keys, Instant now) {
        SigningKey signer = keys.isEmpty() ? null : signer(keys, now);
        List<SigningKey> expired = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            SigningKey key = keys.get(i);
            if (key.equals(signer)) {
                continue;
            }
            Optional<Instant> replacedAt = replacedAt(keys, i);
            if (replacedAt.isPresent() && replacedAt.get().plus(tokenLifetime).plus(CLOCK_MARGIN).isBefore(now)) {
                expired.add(key);
            }
        }
        return expired;
    }

    Instant activeFrom(SigningKey key) {
        return createdAt(key).plus(activationDelay);
    }

    // A key stops signing when a newer signable key becomes active.
    private Optional<Instant> replacedAt(List<SigningKey> keys, int index) {
        for (int i = index + 1; i < keys.size(); i++) {
            if (keys.get(i).canSign()) {
                return Optional.of(activeFrom(keys.get(i)));
            }
        }
        return Optional.empty();
    }

    static Instant createdAt(SigningKey key) {
        String kid = key.kid();
        int dash = kid.indexOf('-');
        try {
            return LocalDateTime.parse(dash < 0 ? kid : kid.substring(0, dash), KID_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}

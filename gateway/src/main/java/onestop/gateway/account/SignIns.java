package onestop.gateway.account;

import java.time.Duration;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Signing in, the same for the API and the portal: the per-address throttle first (no password is checked
 * while an address is locked), then the password, then whether the address has been confirmed.
 */
@ApplicationScoped
public class SignIns {

    /** How a sign-in went. */
    public sealed interface Outcome {
    }

    /** Signed in. */
    public record Succeeded(UserAccount user) implements Outcome {
    }

    /** Unknown address or wrong password: one answer for both. */
    public record Refused() implements Outcome {
    }

    /** Too many failures for this address: try again after {@code retryAfter}. */
    public record Locked(Duration retryAfter) implements Outcome {
    }

    /** The right password for an address not yet confirmed: a new link has been sent to it. */
    public record Unconfirmed() implements Outcome {
    }

    private final AccountService accounts;
    private final SignInThrottle throttle;
    private final StaffSeed staffSeed;

    SignIns(AccountService accounts, SignInThrottle throttle, StaffSeed staffSeed) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.staffSeed = staffSeed;
    }

    public Outcome attempt(String email, String password) {
        Optional<Duration> locked = throttle.lockedFor(email);
        if (locked.isPresent()) {
            return new Locked(locked.get());
        }
        staffSeed.awaitSeed(email);
        Optional<UserAccount> user = accounts.authenticate(email, password);
        if (user.isEmpty()) {
            throttle.failed(email);
            return throttle.lockedFor(email).<Outcome>map(Locked::new).orElseGet(Refused::new);
        }
        throttle.succeeded(email);
        if (user.get().emailVerifiedAt == null) {
            accounts.sendConfirmation(user.get().id);
            return new Unconfirmed();
        }
        return new Succeeded(user.get());
    }
}

package onestop.gateway.account;

import java.time.Duration;
import java.util.Map;

import onestop.platform.problem.ProblemException;

/** The refusals of the account routes that the platform's problems do not name. */
public final class AccountProblems {

    private AccountProblems() {
    }

    /** A link that was never sent, has been used or has expired (400). */
    public static class InvalidLink extends ProblemException {

        public InvalidLink() {
            super("This link is not valid: it has been used, has expired or was copied wrongly. Ask for a new one.");
        }

        @Override
        public int status() {
            return 400;
        }

        @Override
        public String slug() {
            return "invalid-link";
        }

        @Override
        public String title() {
            return "Link not valid";
        }
    }

    /** Too many failed sign-ins for an address (429 with Retry-After), whether it has an account or not. */
    public static class SignInLocked extends ProblemException {

        private final long seconds;

        public SignInLocked(Duration retryAfter) {
            super("Too many failed sign-ins for this email address. Try again in "
                    + Math.max(1, (retryAfter.toSeconds() + 59) / 60) + " minutes, or reset your password.");
            this.seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
        }

        @Override
        public int status() {
            return 429;
        }

        @Override
        public String slug() {
            return "sign-in-locked";
        }

        @Override
        public String title() {
            return "Sign-in locked for a while";
        }

        @Override
        public Map<String, String> headers() {
            return Map.of("Retry-After", String.valueOf(seconds));
        }
    }

    /** The right password for an address not yet confirmed; a new link has been sent (403). */
    public static class EmailNotConfirmed extends ProblemException {

        public EmailNotConfirmed() {
            super("Confirm your email address first: we have sent you a new link.");
        }

        @Override
        public int status() {
            return 403;
        }

        @Override
        public String slug() {
            return "email-not-confirmed";
        }

        @Override
        public String title() {
            return "Email address not confirmed";
        }
    }
}

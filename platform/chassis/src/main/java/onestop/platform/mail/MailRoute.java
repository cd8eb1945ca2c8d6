package onestop.platform.mail;

import java.util.Optional;
import java.util.UUID;

/** A way mail leaves OneStop: a mail server (SMTP) or GOV.UK Notify; {@code onestop.mail.route} picks one. */
public interface MailRoute {

    /**
     * Hands a mail over, blocking until it is taken or refused.
     *
     * @return the provider's id of the message, when it gives one (Notify's notification id)
     * @throws MailRefused when the provider refuses it; any other runtime exception is a failure worth retrying
     */
    Optional<UUID> send(OutgoingMail mail);

    /** The provider refused a mail; {@code permanent} when sending it again cannot succeed (a bad address). */
    class MailRefused extends RuntimeException {
        private final boolean permanent;

        public MailRefused(String message, boolean permanent, Throwable cause) {
            super(message, cause);
            this.permanent = permanent;
        }

        public boolean permanent() {
            return permanent;
        }
    }
}

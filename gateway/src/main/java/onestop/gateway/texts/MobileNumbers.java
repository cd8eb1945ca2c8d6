package onestop.gateway.texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import onestop.gateway.account.UserAccount;
import onestop.gateway.api.TextMessages;
import onestop.platform.mail.MailOutbox;
import onestop.platform.mail.MailRoutes;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * A person's mobile number for text messages. Giving one texts a five-digit security code to it (through the mail
 * outbox, so only once the change has committed); the number is confirmed when the person enters that code, and
 * only a confirmed number is texted. A code lasts {@link #CODE_LASTS}; {@link #WRONG_CODES} wrong entries use it
 * up; at most {@link #CODES_AN_HOUR} codes are texted to a person an hour (each costs the council, and a number
 * given by mistake must not be flooded). Only the code's SHA-256 is kept.
 */
@ApplicationScoped
public class MobileNumbers {

    static final Duration CODE_LASTS = Duration.ofMinutes(15);
    static final int WRONG_CODES = 5;
    static final int CODES_AN_HOUR = 5;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final MailOutbox mail;
    private final MailRoutes routes;
    private final Clock clock;

    MobileNumbers(MailOutbox mail, MailRoutes routes, Clock clock) {
        this.mail = mail;
        this.routes = routes;
        this.clock = clock;
    }

    @Transactional
    public TextMessages of(UUID userId) {
        return view(MobileNumberRow.findById(userId));
    }

    /**
     * Sets the number texts go to, unconfirmed until the code texted to it now is entered; the same number again
     * sends a new code (unless it is confirmed already: then nothing changes).
     */
    @Transactional
    public TextMessages give(UUID userId, String written) {
        if (!routes.textsAvailable()) {
            throw new TextProblems.TextsUnavailable();
        }
        String mobile = UkMobile.parse(written).orElseThrow(() -> new InvalidInput(
                "Enter a UK mobile number, like 07700 900 982.", List.of(new Problem.FieldError("mobile",
                        written == null || written.isBlank() ? FieldCodes.REQUIRED : FieldCodes.PATTERN,
                        written == null || written.isBlank() ? "is required" : "is not a UK mobile number"))));
        UserAccount.<UserAccount>findByIdOptional(userId)
                .orElseThrow(() -> new NotFound("This account no longer exists."));
        Instant now = clock.instant();
        // the person's row, made if it is not there (two first numbers given at once make one row), then locked
        MobileNumberRow.getEntityManager().createNativeQuery(
                "insert into mobile_number (user_id, updated_at) values (?1, ?2) on conflict (user_id) do nothing")
                .setParameter(1, userId).setParameter(2, now).executeUpdate();
        MobileNumberRow row = MobileNumberRow.findById(userId, LockModeType.PESSIMISTIC_WRITE);
        if (mobile.equals(row.mobile) && row.confirmedAt != null) {
            return view(row);
        }
        if (row.codesSince == null || !now.isBefore(row.codesSince.plus(Duration.ofHours(1)))) {
            row.codesSince = now;
            row.codesSent = 0;
        }
        if (row.codesSent >= CODES_AN_HOUR) {
            throw new TextProblems.TooManyCodes(Duration.between(now, row.codesSince.plus(Duration.ofHours(1))));
        }
        String code = "%05d".formatted(RANDOM.nextInt(100_000));
        row.mobile = mobile;
        row.confirmedAt = null;
        row.codeSha256 = hash(userId, code);
        row.codeExpiresAt = now.plus(CODE_LASTS);
        row.wrongCodes = 0;
        row.codesSent++;
        row.updatedAt = now;
        mail.queueText("mobile-code", mobile, "Your OneStop security code is " + code + ". It expires in "
                + CODE_LASTS.toMinutes() + " minutes. If you did not ask for it, ignore this message.");
        return view(row);
    }

    /** Confirms the number with the code texted to it. */
    @Transactional(dontRollbackOn = RuleViolation.class)
    public TextMessages confirm(UUID userId, String code) {
        MobileNumberRow row = MobileNumberRow.findById(userId, LockModeType.PESSIMISTIC_WRITE);
        if (row == null || row.codeSha256 == null) {
            throw refused(row != null && row.confirmedAt != null
                    ? "Your mobile number is already confirmed."
                    : "No security code is waiting: give your mobile number to be sent one.", FieldCodes.UNKNOWN,
                    "no code is waiting");
        }
        Instant now = clock.instant();
        String entered = code == null ? "" : code.replaceAll("\\s", "");
        if (entered.isEmpty()) {
            throw new InvalidInput("Enter the security code.",
                    List.of(new Problem.FieldError("code", FieldCodes.REQUIRED, "is required")));
        }
        if (!now.isBefore(row.codeExpiresAt)) {
            row.codeSha256 = null;
            throw refused("The security code has expired: ask for a new one.", FieldCodes.EXPIRED, "has expired");
        }
        if (!MessageDigest.isEqual(hash(userId, entered).getBytes(StandardCharsets.US_ASCII),
                row.codeSha256.getBytes(StandardCharsets.US_ASCII))) {
            row.wrongCodes++;
            row.updatedAt = now;
            if (row.wrongCodes >= WRONG_CODES) {
                row.codeSha256 = null; // used up: the rollback-free transaction keeps it so
                throw refused("The security code was entered wrongly too many times: ask for a new one.",
                        FieldCodes.EXPIRED, "was entered wrongly too many times");
            }
            throw refused("The security code is not right: check the text message.", FieldCodes.INVALID,
                    "is not right");
        }
        row.confirmedAt = now;
        row.codeSha256 = null;
        row.codeExpiresAt = null;
        row.wrongCodes = 0;
        row.updatedAt = now;
        return view(row);
    }

    /**
     * Stops text messages: the number is forgotten, with the texts sent to it; the count of codes sent this hour
     * stays, so that stopping and giving a number again sends no more codes than the limit.
     */
    @Transactional
    public void remove(UUID userId) {
        MobileNumberRow row = MobileNumberRow.findById(userId, LockModeType.PESSIMISTIC_WRITE);
        if (row != null && row.mobile != null) {
            mail.forget(row.mobile);
            row.mobile = null;
            row.confirmedAt = null;
            row.codeSha256 = null;
            row.codeExpiresAt = null;
            row.wrongCodes = 0;
            row.updatedAt = clock.instant();
        }
    }

    /** Forgets a closing account's number and the texts sent to it, in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void forget(UUID userId) {
        MobileNumberRow row = MobileNumberRow.findById(userId);
        if (row != null) {
            if (row.mobile != null) {
                mail.forget(row.mobile);
            }
            row.delete();
        }
    }

    /**
     * The confirmed number texts go to, in international form; none while this gateway sends no texts (a number
     * confirmed before the text template was taken away waits for it to come back).
     */
    public Optional<String> confirmedNumberOf(UUID userId) {
        if (!routes.textsAvailable()) {
            return Optional.empty();
        }
        MobileNumberRow row = MobileNumberRow.findById(userId);
        return row == null || row.mobile == null || row.confirmedAt == null ? Optional.empty()
                : Optional.of(row.mobile);
    }

    private TextMessages view(MobileNumberRow row) {
        boolean available = routes.textsAvailable();
        if (row == null || row.mobile == null) {
            return new TextMessages(available, null, false);
        }
        return new TextMessages(available, UkMobile.written(row.mobile), row.confirmedAt != null);
    }

    private static RuleViolation refused(String detail, String code, String message) {
        return new RuleViolation(detail, List.of(new Problem.FieldError("code", code, message)));
    }

    private static String hash(UUID userId, String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest((userId + ":" + code).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package onestop.gateway.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

/**
 * What a new password must be (NCSC / NIST 800-63B style): long enough, not one of the passwords
 * attackers try first, not the email address. No composition rules: they make passwords worse.
 */
public final class PasswordPolicy {

    /** bcrypt reads at most 72 bytes; a longer password would be silently cut. */
    static final int MAX_BYTES = 72;
    private static final String DENY_LIST = "/onestop/gateway/account/common-passwords.txt";

    private final int minLength;
    private final Set<String> common;

    PasswordPolicy(int minLength, Set<String> common) {
        this.minLength = minLength;
        this.common = common;
    }

    /** The policy with the deny-list shipped in the jar. */
    public static PasswordPolicy withCommonPasswords(int minLength) {
        return new PasswordPolicy(minLength, loadDenyList());
    }

    /** What is wrong with the password, in words for the person choosing it; empty when it is acceptable. */
    public Optional<String> problemWith(String password, String email) {
        return errorWith(password, email).map(Problem.FieldError::message);
    }

    /** What is wrong with the password as the error of the field {@code password}; empty when it is acceptable. */
    public Optional<Problem.FieldError> errorWith(String password, String email) {
        if (password == null || password.isEmpty()) {
            return error(FieldCodes.REQUIRED, "is required");
        }
        if (password.codePointCount(0, password.length()) < minLength) {
            return error(FieldCodes.TOO_SHORT, "must be at least " + minLength + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return error(FieldCodes.TOO_LONG, "must be at most " + MAX_BYTES + " bytes (about 64 characters)");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower) || password.chars().distinct().count() <= 2) {
            return error(FieldCodes.INVALID, "is too common or too easy to guess; choose another");
        }
        String normalisedEmail = Emails.normalise(email);
        if (normalisedEmail != null && !normalisedEmail.isEmpty()
                && (lower.equals(normalisedEmail) || lower.contains(normalisedEmail.split("@")[0])
                        && normalisedEmail.split("@")[0].length() >= 4)) {
            return error(FieldCodes.INVALID, "must not contain your email address");
        }
        return Optional.empty();
    }

    private static Optional<Problem.FieldError> error(String code, String message) {
        return Optional.of(new Problem.FieldError("password", code, message));
    }

    private static Set<String> loadDenyList() {
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(DENY_LIST)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + DENY_LIST);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return reader.lines().map(String::trim).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .map(line -> line.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package onestop.gateway.account;

import java.util.Locale;
import java.util.regex.Pattern;

/** Email addresses as accounts keep them: trimmed and lower-cased, so that one person has one account. */
final class Emails {

    // Deliberately loose: one @, something either side, a dot in the domain. Delivery is the real check.
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

    private Emails() {
    }

    static String normalise(String email) {
        return email == null ? null : email.trim().toLowerCase(Locale.ROOT);
    }

    static boolean looksValid(String email) {
        return email != null && email.length() <= 254 && SHAPE.matcher(email).matches();
    }
}

package onestop.gateway.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A Companies House number: eight digits, or two letters (SC, NI, OC, ...) and six digits. */
public final class CompanyNumber {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{8}|[A-Z]{2}[0-9]{6}");

    private CompanyNumber() {
    }

    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        return FORMAT.matcher(compact).matches() ? Optional.of(compact) : Optional.empty();
    }
}

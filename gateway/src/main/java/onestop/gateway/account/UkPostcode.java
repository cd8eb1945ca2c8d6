package onestop.gateway.account;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** A UK postcode in its written form: outward code, one space, inward code ({@code B1 1BB}, {@code SW1A 2AA}). */
public final class UkPostcode {

    private static final Pattern FORMAT =
            Pattern.compile("(GIR 0AA|[A-PR-UWYZ][A-HK-Y]?[0-9][0-9A-HJKMNPR-Y]? [0-9][ABD-HJLNP-UW-Z]{2})");

    private UkPostcode() {
    }

    /** The postcode written the standard way, whatever its case and spacing, if it has the UK shape. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String compact = text.replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String written = compact.substring(0, compact.length() - 3) + " " + compact.substring(compact.length() - 3);
        return FORMAT.matcher(written).matches() ? Optional.of(written) : Optional.empty();
    }
}

package onestop.opportunities.cpv;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The CPV hierarchy rules. A code's level is marked by trailing zeros ({@code 45000000} division,
 * {@code 45200000} group, {@code 45210000} class), so the digits without them are a prefix that every
 * descendant shares: a search for {@code 452} or {@code 45200000-9} finds {@code 45212000-6}.
 */
public final class CpvCodes {

    private static final Pattern FULL = Pattern.compile("\\d{8}-\\d");
    private static final Pattern DIGITS = Pattern.compile("\\d{2,8}");

    private CpvCodes() {
    }

    /** The 8 digits of a code given with or without its check digit, or empty if it is not one. */
    public static Optional<String> digitsOf(String code) {
        String c = code == null ? "" : code.strip();
        if (FULL.matcher(c).matches()) {
            return Optional.of(c.substring(0, 8));
        }
        return c.length() == 8 && DIGITS.matcher(c).matches() ? Optional.of(c) : Optional.empty();
    }

    /**
     * What a search filter means: {@code 45}, {@code 451}, {@code 45100000} and {@code 45100000-8} all
     * become the prefix {@code 451}; empty if the text is not 2 to 8 digits (with an optional check digit).
     */
    public static Optional<String> searchPrefix(String filter) {
        String f = filter == null ? "" : filter.strip();
        if (FULL.matcher(f).matches()) {
            f = f.substring(0, 8);
        }
        if (!DIGITS.matcher(f).matches()) {
            return Optional.empty();
        }
        return Optional.of(levelPrefix(f));
    }

    /** The digits without the trailing zeros that mark the level, never shorter than the division. */
    public static String levelPrefix(String digits) {
        String p = digits;
        while (p.length() > 2 && p.endsWith("0")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /**
     * Every prefix (2 digits up to the level prefix) of every code: stored on a notice so that a filter
     * prefix matches by set overlap, which a GIN index answers.
     */
    public static List<String> prefixesOf(Collection<String> codes) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (String code : codes) {
            digitsOf(code).ifPresent(digits -> {
                String level = levelPrefix(digits);
                for (int n = 2; n <= level.length(); n++) {
                    prefixes.add(level.substring(0, n));
                }
            });
        }
        return List.copyOf(prefixes);
    }

    /** The division (first two digits) of each code. */
    public static String divisionOf(String code) {
        return code.substring(0, 2);
    }
}

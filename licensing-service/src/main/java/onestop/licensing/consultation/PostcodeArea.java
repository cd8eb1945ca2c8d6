package onestop.licensing.consultation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * A postcode district ({@code B1}) or sector ({@code B1 1}), and the one a full postcode lies in. Matching compares
 * outward codes whole, so {@code B1} covers B1 1BB but never B12 9QA.
 */
public record PostcodeArea(String outward, String sector) {

    private static final Pattern OUTWARD = Pattern.compile("[A-Z]{1,2}[0-9][A-Z0-9]?");
    private static final Pattern INWARD = Pattern.compile("[0-9][A-Z]{2}");

    /**
     * Reads a district or sector as typed ({@code b1}, {@code B1 1}, {@code  b1   1 }, {@code B1+1} as a form sent by
     * GET may leave it); anything else is a 400 naming {@code field}.
     */
    public static PostcodeArea parse(String text, String field) {
        String[] parts = text == null ? new String[0]
                : text.replace('+', ' ').strip().toUpperCase(Locale.ROOT).split("\\s+");
        boolean valid = parts.length >= 1 && parts.length <= 2 && OUTWARD.matcher(parts[0]).matches()
                && (parts.length == 1 || parts[1].matches("[0-9]"));
        if (!valid) {
            throw new InvalidInput("A postcode district (B1) or sector (B1 1) is needed.",
                    List.of(new Problem.FieldError(field, FieldCodes.PATTERN,
                            "must be a postcode district such as B1 or a sector such as B1 1")));
        }
        return new PostcodeArea(parts[0], parts.length == 2 ? parts[1] : null);
    }

    /** The sector a full postcode ({@code b1 1bb}, {@code B11BB}) lies in; empty if it is not a postcode. */
    public static Optional<PostcodeArea> of(String postcode) {
        if (postcode == null) {
            return Optional.empty();
        }
        String compact = postcode.replaceAll("\\s", "").toUpperCase(Locale.ROOT);
        if (compact.length() < 5 || compact.length() > 7) {
            return Optional.empty();
        }
        String outward = compact.substring(0, compact.length() - 3);
        String inward = compact.substring(compact.length() - 3);
        if (!OUTWARD.matcher(outward).matches() || !INWARD.matcher(inward).matches()) {
            return Optional.empty();
        }
        return Optional.of(new PostcodeArea(outward, inward.substring(0, 1)));
    }

    /** How it is written: {@code B1} or {@code B1 1}. */
    public String text() {
        return sector == null ? outward : outward + " " + sector;
    }
}

package onestop.opportunities.insight.awards;

import java.util.List;
import java.util.Locale;

import onestop.opportunities.api.SupplierSize;
import onestop.opportunities.programme.LocalSuppliers;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * The dimensions the awards and spend figures are counted by, and how a supplier falls into each group
 * (docs/domain.md, "Insight"). {@code column} is the SQL expression of the group in the figures' queries.
 */
public enum Grouping {
    SIZE("size"), LOCALITY("locality"), CPV_DIVISION("cpv-division"), BUYER("buyer");

    public static final String UNKNOWN = "UNKNOWN";

    public final String parameter;

    Grouping(String parameter) {
        this.parameter = parameter;
    }

    /** The {@code by} parameter: one of the four, any case; missing or another is 400 naming {@code by}. */
    public static Grouping of(String by) {
        for (Grouping g : values()) {
            if (g.parameter.equalsIgnoreCase(by == null ? "" : by.strip())) {
                return g;
            }
        }
        throw new InvalidInput("Say what to count by.", List.of(new Problem.FieldError("by", by == null
                ? FieldCodes.REQUIRED : FieldCodes.NOT_ALLOWED, "must be size, locality, cpv-division or buyer")));
    }

    /** VCSE before size (a VCSE is counted once, as a VCSE); micro, small and medium are SME; no profile unknown. */
    public static String sizeGroup(SupplierSize size, Boolean vcse) {
        if (Boolean.TRUE.equals(vcse)) {
            return "VCSE";
        }
        if (size == null) {
            return UNKNOWN;
        }
        return size == SupplierSize.LARGE ? "LARGE" : "SME";
    }

    /** West Midlands postcode areas (B, CV, DY, WS, WV) or elsewhere; no postcode unknown. */
    public static String locality(String postcode) {
        if (postcode == null || postcode.isBlank()) {
            return UNKNOWN;
        }
        return LocalSuppliers.isLocal(postcode) ? "WEST_MIDLANDS" : "ELSEWHERE";
    }

    public static String cpvDivision(String division) {
        return division == null || !division.matches("\\d{2}") ? UNKNOWN : division;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}

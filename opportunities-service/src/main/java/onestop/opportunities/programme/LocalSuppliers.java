package onestop.opportunities.programme;

import java.util.Locale;
import java.util.Set;

import onestop.opportunities.api.SupplierSize;

/**
 * Who counts as a local supplier and who as an SME on a programme's figures (docs/domain.md, "Programmes").
 * Local: the supplier's profile postcode is in a West Midlands postcode area, B (Birmingham), CV (Coventry),
 * DY (Dudley), WS (Walsall) or WV (Wolverhampton); the area is the letters before the first digit, so BA (Bath)
 * is not B. SME: the profile's size is micro, small or medium. A supplier without a profile is neither.
 */
public final class LocalSuppliers {

    static final Set<String> WEST_MIDLANDS_AREAS = Set.of("B", "CV", "DY", "WS", "WV");

    private LocalSuppliers() {
    }

    public static boolean isLocal(String postcode) {
        if (postcode == null) {
            return false;
        }
        String p = postcode.strip().toUpperCase(Locale.ROOT);
        int digit = 0;
        while (digit < p.length() && Character.isLetter(p.charAt(digit))) {
            digit++;
        }
        return digit > 0 && digit < p.length() && Character.isDigit(p.charAt(digit))
                && WEST_MIDLANDS_AREAS.contains(p.substring(0, digit));
    }

    public static boolean isSme(SupplierSize size) {
        return size != null && size != SupplierSize.LARGE;
    }
}

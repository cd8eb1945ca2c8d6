package onestop.licensing.api;

import java.util.EnumSet;
import java.util.Set;

/** A licence's state: ACTIVE ⇄ SUSPENDED → REVOKED; ACTIVE → SURRENDERED | EXPIRED. */
public enum LicenceStatus {
    ACTIVE, SUSPENDED, REVOKED, SURRENDERED, EXPIRED;

    /** The licences that exist and appear on the public register. */
    public static final Set<LicenceStatus> CURRENT = EnumSet.of(ACTIVE, SUSPENDED);

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }
}

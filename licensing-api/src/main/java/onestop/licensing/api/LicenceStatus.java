package onestop.licensing.api;

import java.util.EnumSet;
import java.util.Set;

/** A licence's state: ACTIVE ⇄ SUSPENDED → REVOKED; ACTIVE → SURRENDERED | EXPIRED. */
public enum LicenceStatus {
    ACTIVE("in force"), SUSPENDED("suspended"), REVOKED("revoked"), SURRENDERED("surrendered"), EXPIRED("expired");

    /** The licences that exist and appear on the public register. */
    public static final Set<LicenceStatus> CURRENT = EnumSet.of(ACTIVE, SUSPENDED);

    private final String phrase;

    LicenceStatus(String phrase) {
        this.phrase = phrase;
    }

    public boolean isCurrent() {
        return CURRENT.contains(this);
    }

    /** The state in words that follow "the licence is", for a person reading a refusal. */
    public String phrase() {
        return phrase;
    }
}

package onestop.licensing.application;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import onestop.licensing.api.ApplicationKind;
import onestop.licensing.licence.LicenceGrant;

/** What a granted application licenses, for the licence service. */
final class Grants {

    private Grants() {
    }

    /**
     * The grant of {@code a}, without the activities a decision after a hearing excluded; {@code validFrom} and
     * {@code validUntil} only for a licence of a set period (a TEN).
     */
    static LicenceGrant of(Application a, Instant validFrom, Instant validUntil) {
        String holder = a.holderName != null ? a.holderName : a.premisesName;
        JsonNode licensed = HearingDecision.licensed(a.details,
                a.excludedActivities == null ? List.of() : a.excludedActivities);
        return new LicenceGrant(a.id, a.reference, a.businessId, a.licenceTypeCode, holder, a.premisesName,
                a.premisesAddressLine1, a.premisesTown, a.premisesPostcode, licensed, a.conditions, a.licenceId,
                a.kind == ApplicationKind.VARIATION, validFrom, validUntil);
    }
}

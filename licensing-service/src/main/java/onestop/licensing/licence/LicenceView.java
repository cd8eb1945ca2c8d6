package onestop.licensing.licence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import onestop.licensing.api.LicenceStatus;
import onestop.licensing.timeline.Actor;

/** A licence as its holder and officers see it. */
public record LicenceView(UUID id, String number, String licenceTypeCode, UUID businessId, String holderName,
        Premises premises, JsonNode details, List<String> conditions, Instant issuedAt, Instant expiresAt,
        LicenceStatus status, String statusReason, UUID applicationId, int version,
        List<LicenceAction> allowedActions) {

    /** Where the licensed activity takes place. */
    public record Premises(String name, String addressLine1, String town, String postcode) {
    }

    public static LicenceView of(Licence l, Actor.Kind viewer) {
        return new LicenceView(l.id, l.number, l.licenceTypeCode, l.businessId, l.holderName,
                new Premises(l.premisesName, l.premisesAddressLine1, l.premisesTown, l.premisesPostcode), l.details,
                l.conditions, l.issuedAt, l.expiresAt, l.status, l.statusReason, l.applicationId, l.version,
                LicenceAction.allowed(l.status, viewer));
    }
}

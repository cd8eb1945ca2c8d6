package onestop.licensing.licence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a granted application licenses. {@code previousLicenceId} is the licence a renewal extends or a
 * variation or transfer replaces; {@code replacesPrevious} says whether it ends now. {@code validFrom} and
 * {@code validUntil} set a licence of a fixed period (a temporary event notice covers its event); null otherwise.
 */
public record LicenceGrant(UUID applicationId, String reference, UUID businessId, String licenceTypeCode,
        String holderName, String premisesName, String premisesAddressLine1, String premisesTown,
        String premisesPostcode, JsonNode details, List<String> conditions, UUID previousLicenceId,
        boolean replacesPrevious, Instant validFrom, Instant validUntil) {
}

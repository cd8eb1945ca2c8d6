package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A licence as the public register shows it: what the statutes require to be public, as its type's
 * {@code registerShows} allows. A premises or business licence ({@code PREMISES_AND_HOLDER}) shows its holder's
 * name, premises and conditions; a licence of an individual ({@code LICENCE_ONLY}: a driver, a collector) its
 * number, type, status and dates only ({@code holderName}, {@code premises} and {@code conditions} are null).
 * Never the holder's account, email or business id. {@code status} is ACTIVE, SUSPENDED, EXPIRED, SURRENDERED or
 * REVOKED.
 */
public record RegisterEntry(UUID id, String licenceNumber, String licenceTypeCode, String licenceTypeName,
        RegisterShows registerShows, String holderName, Premises premises, String status, Instant issuedAt,
        Instant expiresAt, List<String> conditions) {

    /** The licensed premises. */
    @Schema(name = "RegisterPremises")
    public record Premises(String name, String addressLine1, String town, String postcode) {
    }
}

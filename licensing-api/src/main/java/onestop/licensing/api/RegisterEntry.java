package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A licence as the public register shows it: what the statutes require to be public, and nothing about
 * the holder beyond their name (no account, email or business id).
 */
public record RegisterEntry(UUID id, String licenceNumber, String licenceTypeCode, String licenceTypeName,
        String holderName, Premises premises, String status, Instant issuedAt, Instant expiresAt,
        List<String> conditions) {

    /** The licensed premises. */
    public record Premises(String name, String addressLine1, String town, String postcode) {
    }
}

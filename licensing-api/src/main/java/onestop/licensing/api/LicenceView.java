package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A licence as its holder and officers see it, as {@code GET /api/licensing/licences/{id}} answers it;
 * {@code allowedActions} names what the caller may do to it now ({@code SURRENDER}, {@code SUSPEND}, ...).
 */
public record LicenceView(UUID id, String number, String licenceTypeCode, UUID businessId, String holderName,
        Premises premises, JsonNode details, List<String> conditions, Instant issuedAt, Instant expiresAt,
        LicenceStatus status, String statusReason, UUID applicationId, int version, List<String> allowedActions) {

    /** Where the licensed activity takes place. */
    public record Premises(String name, String addressLine1, String town, String postcode) {
    }
}

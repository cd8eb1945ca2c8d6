package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A licence as its holder and officers see it, as {@code GET /api/licensing/licences/{id}} answers it;
 * {@code allowedActions} names what the caller may do to it now ({@code SURRENDER}, {@code SUSPEND}, ...);
 * {@code validFrom} only for a licence of a set period that starts after its issue (a temporary event notice).
 */
public record LicenceView(UUID id, String number, String licenceTypeCode, UUID businessId, String holderName,
        Premises premises, JsonNode details, List<String> conditions, Instant issuedAt, Instant expiresAt,
        LicenceStatus status, String statusReason, UUID applicationId, int version, List<String> allowedActions,
        @JsonInclude(JsonInclude.Include.NON_NULL) Instant validFrom) {

    /** Where the licensed activity takes place. */
    @Schema(name = "LicencePremises")
    public record Premises(String name, String addressLine1, String town, String postcode) {
    }
}

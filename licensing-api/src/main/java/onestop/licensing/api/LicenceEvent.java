package onestop.licensing.api;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of every {@code onestop.licensing.licence.*} event: enough for the opportunities service's
 * licence projection and the gateway's notifications without calling back. Null fields are left out; a
 * consumer ignores fields it does not know, so the producer may add one. {@code previousBusinessId}: on
 * {@code licence.transferred}, the business that held it before ({@code businessId} holds it now).
 * {@code licenceTypeName}: the type's name as the catalogue gives it ("Premises licence"), for what people read.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LicenceEvent(UUID licenceId, String licenceNumber, UUID businessId, String licenceTypeCode,
        LicenceStatus status, LicenceStatus previousStatus, Instant issuedAt, Instant expiresAt, UUID applicationId,
        String reason, Integer daysBeforeExpiry, Instant occurredAt, UUID previousBusinessId, String licenceTypeName) {
}

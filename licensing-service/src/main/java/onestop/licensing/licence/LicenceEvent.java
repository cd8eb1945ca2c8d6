package onestop.licensing.licence;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of every {@code onestop.licensing.licence.*} event: enough for the opportunities service's
 * licence projection and the gateway's notifications without calling back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LicenceEvent(UUID licenceId, String licenceNumber, UUID businessId, String licenceTypeCode,
        LicenceStatus status, LicenceStatus previousStatus, Instant issuedAt, Instant expiresAt, UUID applicationId,
        String reason, Integer daysBeforeExpiry, Instant occurredAt) {

    static LicenceEvent of(Licence l, LicenceStatus previous, String reason, Integer daysBeforeExpiry, Instant at) {
        return new LicenceEvent(l.id, l.number, l.businessId, l.licenceTypeCode, l.status, previous, l.issuedAt,
                l.expiresAt, l.applicationId, reason, daysBeforeExpiry, at);
    }
}

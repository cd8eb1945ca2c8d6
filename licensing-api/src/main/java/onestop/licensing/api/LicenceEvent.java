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
 * {@code renewedBy}: on {@code licence.expired}, the number of the licence that renews it and carries on from
 * today (the holder applied in time), so that nobody is told their licence ran out when it did not.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LicenceEvent(UUID licenceId, String licenceNumber, UUID businessId, String licenceTypeCode,
        LicenceStatus status, LicenceStatus previousStatus, Instant issuedAt, Instant expiresAt, UUID applicationId,
        String reason, Integer daysBeforeExpiry, Instant occurredAt, UUID previousBusinessId, String licenceTypeName,
        String renewedBy) {

    /** Every field but {@code renewedBy}, which only {@code licence.expired} carries. */
    public LicenceEvent(UUID licenceId, String licenceNumber, UUID businessId, String licenceTypeCode,
            LicenceStatus status, LicenceStatus previousStatus, Instant issuedAt, Instant expiresAt,
            UUID applicationId, String reason, Integer daysBeforeExpiry, Instant occurredAt, UUID previousBusinessId,
            String licenceTypeName) {
        this(licenceId, licenceNumber, businessId, licenceTypeCode, status, previousStatus, issuedAt, expiresAt,
                applicationId, reason, daysBeforeExpiry, occurredAt, previousBusinessId, licenceTypeName, null);
    }

    /** The same event, naming the licence that renews this one. */
    public LicenceEvent renewedBy(String renewal) {
        return new LicenceEvent(licenceId, licenceNumber, businessId, licenceTypeCode, status, previousStatus,
                issuedAt, expiresAt, applicationId, reason, daysBeforeExpiry, occurredAt, previousBusinessId,
                licenceTypeName, renewal);
    }
}

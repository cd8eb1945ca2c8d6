package onestop.opportunities.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.awarded} (CLOSED → AWARDED to one response). The
 * licensing service opens draft applications for {@code missingLicenceTypes} of {@code businessId}; the
 * gateway tells the winner and the {@code unsuccessfulBusinessIds} (every other business that responded).
 * {@code standstillLastDay}: the last day of the standstill the award starts (for calendars; null from older
 * producers). The insight read model counts the award by the winner's size, VCSE status and postcode (from its supplier profile
 * at award; null when it has none) and by the notice's CPV division (two digits of its first code; null without
 * one): fields added in 1.2, so older events lack them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record OpportunityAwarded(UUID opportunityId, String reference, String title, String buyer, UUID responseId,
        UUID businessId, String supplierName, long valuePence, Instant awardedAt, List<String> requiredLicenceTypes,
        List<String> missingLicenceTypes, List<UUID> unsuccessfulBusinessIds,
        LocalDate standstillLastDay, SupplierSize supplierSize, Boolean supplierVcse, String supplierPostcode, String cpvDivision) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The data of {@code onestop.opportunities.opportunity.standstill-extended}: the buyer made an award's standstill
 * longer, on the record. Names whom it concerns: the winner ({@code businessId}, null when it is not registered
 * here) and every other business that responded.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StandstillExtended(UUID opportunityId, String reference, String title, String buyer, UUID businessId,
        List<UUID> unsuccessfulBusinessIds, LocalDate previousLastDay, LocalDate standstillLastDay, String reason,
        Instant extendedAt) {
}

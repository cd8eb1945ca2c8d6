package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;


/**
 * A response as its supplier and the notice's buyer see it, with the receipt ({@code reference},
 * {@code submittedAt}) and the licence check against the notice's required licence types.
 */
public record ResponseView(UUID id, String reference, UUID opportunityId, UUID businessId, String supplierName,
        String summary, long pricePence, List<Commitment> socialValueCommitments, Instant submittedAt,
        Instant updatedAt, LicenceCheck licenceCheck) {
}

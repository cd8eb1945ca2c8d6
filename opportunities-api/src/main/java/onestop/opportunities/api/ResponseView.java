package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;


/**
 * A response as its supplier and the notice's buyer see it, with the receipt ({@code reference},
 * {@code submittedAt}) and the licence check against the notice's required licence types. {@code lotIds}: the lots
 * it bids for (empty on a notice without lots). {@code confirmationNeededSince}: the notice changed after it was
 * submitted, and its supplier has neither confirmed it nor amended it since (null otherwise).
 */
public record ResponseView(UUID id, String reference, UUID opportunityId, UUID businessId, String supplierName,
        String summary, long pricePence, List<Commitment> socialValueCommitments, Instant submittedAt,
        Instant updatedAt, LicenceCheck licenceCheck, List<String> lotIds, Instant confirmationNeededSince) {

    public ResponseView(UUID id, String reference, UUID opportunityId, UUID businessId, String supplierName,
            String summary, long pricePence, List<Commitment> socialValueCommitments, Instant submittedAt,
            Instant updatedAt, LicenceCheck licenceCheck) {
        this(id, reference, opportunityId, businessId, supplierName, summary, pricePence, socialValueCommitments,
                submittedAt, updatedAt, licenceCheck, List.of(), null);
    }
}

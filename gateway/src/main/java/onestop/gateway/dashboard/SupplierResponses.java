package onestop.gateway.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;

/**
 * Each business's responses, kept from the opportunities events (the service lists responses per notice
 * only). Feeds the dashboard, and tells who lost when a notice is awarded.
 */
@ApplicationScoped
public class SupplierResponses {

    /** What the dashboard shows of one response. */
    public record Summary(UUID responseId, String reference, UUID opportunityId, String opportunityReference,
            String title, String buyer, Instant submittedAt, String outcome) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(UUID responseId, UUID businessId, UUID opportunityId, String reference,
            String opportunityReference, String title, String buyer, Instant submittedAt) {
        SupplierResponse response = SupplierResponse.<SupplierResponse>findByIdOptional(responseId)
                .orElseGet(SupplierResponse::new);
        response.responseId = responseId;
        response.businessId = businessId;
        response.opportunityId = opportunityId;
        response.reference = reference;
        response.opportunityReference = opportunityReference;
        response.title = title;
        response.buyer = buyer;
        response.submittedAt = submittedAt;
        if (response.outcome == null) {
            response.outcome = "SUBMITTED";
            response.persist();
        }
    }

    /** Records the award; answers the businesses whose responses to the notice did not win. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> awarded(UUID opportunityId, Optional<UUID> winningResponse) {
        List<SupplierResponse> responses = SupplierResponse.list("opportunityId", opportunityId);
        for (SupplierResponse response : responses) {
            response.outcome = winningResponse.map(response.responseId::equals).orElse(false) ? "AWARDED"
                    : "NOT_AWARDED";
        }
        return responses.stream().filter(r -> "NOT_AWARDED".equals(r.outcome)).map(r -> r.businessId).distinct()
                .toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    /** The businesses that have responded to an opportunity, each once. */
    public List<UUID> respondents(UUID opportunityId) {
        return SupplierResponse.<SupplierResponse>list("opportunityId", opportunityId).stream()
                .map(response -> response.businessId).distinct().toList();
    }

    public List<Summary> ofBusiness(UUID businessId) {
        return SupplierResponse.<SupplierResponse>find("businessId", Sort.descending("submittedAt"), businessId)
                .page(0, 100).list().stream()
                .map(r -> new Summary(r.responseId, r.reference, r.opportunityId, r.opportunityReference, r.title,
                        r.buyer, r.submittedAt, r.outcome))
                .toList();
    }
}

package onestop.gateway.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.quarkus.panache.common.Sort;
import onestop.opportunities.api.ResponseSubmitted;

/**
 * Each business's responses, kept from the opportunities events (the service lists responses per notice
 * only). Feeds the dashboard.
 */
@ApplicationScoped
public class SupplierResponses {

    /** What the dashboard shows of one response. */
    public record Summary(UUID responseId, String reference, UUID opportunityId, String opportunityReference,
            String title, String buyer, Instant submittedAt, String outcome) {
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void submitted(ResponseSubmitted submitted) {
        SupplierResponse response = SupplierResponse.<SupplierResponse>findByIdOptional(submitted.responseId())
                .orElseGet(SupplierResponse::new);
        response.responseId = submitted.responseId();
        response.businessId = submitted.businessId();
        response.opportunityId = submitted.opportunityId();
        response.reference = submitted.reference();
        response.opportunityReference = submitted.opportunityReference();
        response.title = submitted.title();
        response.buyer = submitted.buyer();
        response.submittedAt = submitted.submittedAt();
        if (response.outcome == null) {
            response.outcome = "SUBMITTED";
            response.persist();
        }
    }

    /** Records the award: the winning response AWARDED, the others to the notice NOT_AWARDED. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void awarded(UUID opportunityId, Optional<UUID> winningResponse) {
        for (SupplierResponse response : SupplierResponse.<SupplierResponse>list("opportunityId", opportunityId)) {
            response.outcome = winningResponse.map(response.responseId::equals).orElse(false) ? "AWARDED"
                    : "NOT_AWARDED";
        }
    }

    public List<Summary> ofBusiness(UUID businessId) {
        return SupplierResponse.<SupplierResponse>find("businessId", Sort.descending("submittedAt"), businessId)
                .page(0, 100).list().stream()
                .map(r -> new Summary(r.responseId, r.reference, r.opportunityId, r.opportunityReference, r.title,
                        r.buyer, r.submittedAt, r.outcome))
                .toList();
    }
}

package onestop.opportunities.response;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import onestop.opportunities.opportunity.RespondentsOfNotice;

/** The businesses that have responded to a notice, for the notice to tell when it changes. */
@ApplicationScoped
public class Respondents implements RespondentsOfNotice {

    @Override
    public List<UUID> respondents(UUID opportunityId) {
        return SupplierResponse.respondents(opportunityId);
    }

    @Override
    public void askToConfirm(UUID opportunityId, Instant changedAt) {
        SupplierResponse.update("confirmationNeededSince = ?1 where opportunityId = ?2 and submittedAt < ?1",
                changedAt, opportunityId);
    }
}

package onestop.opportunities.award;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.AwardRequest;
import onestop.opportunities.api.LicenceCheck;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.licences.HeldLicences;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.response.SupplierResponse;
import onestop.opportunities.socialvalue.ContractTarget;
import onestop.opportunities.socialvalue.SocialValueService;
import onestop.opportunities.supplier.SupplierService;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.NotFound;

/** Awarding a closed notice to one response: the award notice, the contract's social value targets, the event. */
@ApplicationScoped
public class AwardService {

    @Inject
    Notices notices;

    @Inject
    SupplierService suppliers;

    @Inject
    HeldLicences licences;

    @Inject
    SocialValueService socialValue;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Transactional
    public OpportunityAwarded award(UUID opportunityId, AwardRequest request) {
        Opportunity o = notices.owned(opportunityId);
        SupplierResponse r = SupplierResponse.findById(request.responseId());
        if (r == null || !r.opportunityId.equals(o.id)) {
            throw new NotFound("There is no response " + request.responseId() + " on this notice.");
        }
        Instant now = clock.instant();
        String supplierName = suppliers.find(r.businessId).map(s -> s.name).orElse(r.reference);
        o.award(r.id, r.businessId, supplierName, request.valuePence(), now);
        socialValue.setTargets(o.id, r.commitments.stream().map(c -> ContractTarget.of(o.id, c.theme(),
                c.description(), c.measure(), c.target(), now)).toList());
        LicenceCheck check = licences.check(o.requiredLicences(), r.businessId);
        List<UUID> unsuccessful = SupplierResponse.respondents(o.id).stream()
                .filter(business -> !business.equals(r.businessId)).toList();
        OpportunityAwarded awarded = new OpportunityAwarded(o.id, o.reference, o.title, o.buyer, r.id, r.businessId,
                supplierName, request.valuePence(), now, check.required(), check.missing(), unsuccessful);
        outbox.append(OpportunitiesEvents.OPPORTUNITY_AWARDED, OpportunitiesEvents.OPPORTUNITY, o.id, awarded);
        return awarded;
    }
}

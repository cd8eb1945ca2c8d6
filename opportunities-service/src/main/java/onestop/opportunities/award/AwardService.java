package onestop.opportunities.award;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.AwardRequest;
import onestop.opportunities.api.DirectAward;
import onestop.opportunities.api.ContractChangeRequest;
import onestop.opportunities.api.ContractEndRequest;
import onestop.opportunities.api.ContractRequest;
import onestop.opportunities.api.LicenceCheck;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.assessment.AssessmentService;
import onestop.opportunities.licences.HeldLicences;
import onestop.opportunities.opportunity.ContractDetails;
import onestop.opportunities.opportunity.NoticeMilestone;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.procurement.Periods;
import onestop.opportunities.response.SupplierResponse;
import onestop.opportunities.standstill.StandstillService;
import onestop.opportunities.socialvalue.ContractTarget;
import onestop.opportunities.socialvalue.SocialValueService;
import onestop.opportunities.supplier.Supplier;
import onestop.opportunities.supplier.SupplierService;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Awarding a closed notice to one response (the contract award notice, its standstill, the contract's social value
 * targets, the event), and entering into the contract after the standstill (the contract details notice).
 */
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

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AssessmentService assessments;

    @Inject
    StandstillService standstill;

    @Inject
    Event<NoticeMilestone> milestones;

    @Transactional
    public OpportunityAwarded award(UUID opportunityId, AwardRequest request) {
        Opportunity o = notices.owned(opportunityId);
        SupplierResponse r = SupplierResponse.findById(request.responseId());
        if (r == null || !r.opportunityId.equals(o.id)) {
            throw new NotFound("There is no response " + request.responseId() + " on this notice.");
        }
        Instant now = clock.instant();
        String supplierName = suppliers.find(r.businessId).map(s -> s.name).orElse(r.reference);
        assessments.checkAllAssessedAndSend(o, r.id, now);
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.COUNCIL_ZONE);
        o.award(r.id, r.businessId, supplierName, request.valuePence(), Periods.standstillLastDay(today, calendar),
                now);
        socialValue.setTargets(o.id, r.commitments.stream().map(c -> ContractTarget.of(o.id, c.theme(),
                c.description(), c.measure(), c.target(), c.measureCode(), now)).toList());
        LicenceCheck check = licences.check(o.requiredLicences(), r.businessId);
        List<UUID> unsuccessful = SupplierResponse.respondents(o.id).stream()
                .filter(business -> !business.equals(r.businessId)).toList();
        Optional<Supplier> winner = suppliers.find(r.businessId);
        OpportunityAwarded awarded = new OpportunityAwarded(o.id, o.reference, o.title, o.buyer, r.id, r.businessId,
                supplierName, request.valuePence(), now, check.required(), check.missing(), unsuccessful,
                o.standstillLastDay,
                winner.map(s -> s.size).orElse(null), winner.map(s -> s.vcse).orElse(null),
                winner.map(s -> s.postcode).orElse(null), cpvDivision(o));
        outbox.append(OpportunitiesEvents.OPPORTUNITY_AWARDED, OpportunitiesEvents.OPPORTUNITY, o.id, awarded);
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.AWARDED));
        return awarded;
    }

    /**
     * The buyer awards a draft or planned procurement directly: the transparency notice, which starts the standstill,
     * and the same award event as a competed award (no response; the supplier's business when it is registered
     * here, so it is told, and the licences it lacks are drafted for it).
     */
    @Transactional
    public OpportunityAwarded awardDirectly(UUID opportunityId, DirectAward request) {
        Opportunity o = notices.owned(opportunityId);
        Optional<Supplier> winner = request.businessId() == null ? Optional.empty() : suppliers.find(request.businessId());
        if (request.businessId() != null && winner.isEmpty()) {
            throw new RuleViolation("The supplier is not registered here.", List.of(new Problem.FieldError(
                    "businessId", FieldCodes.UNKNOWN, "has no supplier profile here")));
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, WorkingDayCalendar.COUNCIL_ZONE);
        String supplierName = request.supplierName().strip();
        ContractDetails.awardDirectly(o, request.ground(), request.justification().strip(), supplierName,
                request.valuePence(), Periods.standstillLastDay(today, calendar), now);
        o.awardedBusinessId = request.businessId();
        LicenceCheck check = request.businessId() == null ? null : licences.check(o.requiredLicences(), request.businessId());
        OpportunityAwarded awarded = new OpportunityAwarded(o.id, o.reference, o.title, o.buyer, null,
                request.businessId(), supplierName, request.valuePence(), now,
                check == null ? o.requiredLicences() : check.required(), check == null ? List.of() : check.missing(),
                List.of(), o.standstillLastDay, winner.map(s -> s.size).orElse(null),
                winner.map(s -> s.vcse).orElse(null), winner.map(s -> s.postcode).orElse(null), cpvDivision(o));
        outbox.append(OpportunitiesEvents.OPPORTUNITY_AWARDED, OpportunitiesEvents.OPPORTUNITY, o.id, awarded);
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.DIRECT_AWARD));
        return awarded;
    }

    /** The buyer enters into the awarded contract once the standstill is over: the contract details notice. */
    @Transactional
    public void enterContract(UUID opportunityId, ContractRequest request) {
        Opportunity o = notices.owned(opportunityId);
        Instant now = clock.instant();
        ContractDetails details = new ContractDetails();
        details.signedOn = request.signedOn();
        details.startOn = request.startOn();
        details.endOn = request.endOn();
        details.valuePence = request.valuePence() != null ? request.valuePence() : o.awardedValuePence;
        standstill.checkNotSuspended(o);
        ContractDetails.enter(o, details, LocalDate.ofInstant(now, WorkingDayCalendar.COUNCIL_ZONE), now);
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CONTRACT_ENTERED));
    }

    /** The buyer changes the contract it entered into: the contract change notice. */
    @Transactional
    public void changeContract(UUID opportunityId, ContractChangeRequest request) {
        Opportunity o = notices.owned(opportunityId);
        Instant now = clock.instant();
        entered(o).change(request.description().strip(), request.valuePence(), request.endOn(), now);
        o.updatedAt = now;
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CONTRACT_CHANGED));
    }

    /** The contract ended, however it ended: the contract termination notice. */
    @Transactional
    public void terminateContract(UUID opportunityId, ContractEndRequest request) {
        Opportunity o = notices.owned(opportunityId);
        Instant now = clock.instant();
        entered(o).terminate(request.endedOn(), request.reason().strip(),
                LocalDate.ofInstant(now, WorkingDayCalendar.COUNCIL_ZONE));
        o.updatedAt = now;
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CONTRACT_TERMINATED));
    }

    /** The notice's CPV division (the first two digits of its first code), for the insight figures. */
    private static String cpvDivision(Opportunity o) {
        return o.cpvCodes.length == 0 ? null : o.cpvCodes[0].substring(0, 2);
    }

    private static ContractDetails entered(Opportunity o) {
        if (o.contract == null) {
            throw new IllegalTransition("No contract has been entered into for " + o.reference + " yet.");
        }
        return o.contract;
    }
}

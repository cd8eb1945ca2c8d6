package onestop.opportunities.cascade;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityPublished;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.WonContract;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.opportunities.opportunity.NoticeMilestone;
import onestop.opportunities.opportunity.NoticePublished;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;

/**
 * The prime contractor's side of the cascade: the business that won a contract posts sub-opportunities of it.
 * Nobody else may, buyers included: to them the contract is "not found", as another party's object always is.
 */
@ApplicationScoped
public class SubcontractService {

    @Inject
    Caller caller;

    @Inject
    Notices notices;

    @Inject
    CpvCatalogue cpv;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<NoticePublished> published;

    @Inject
    Event<NoticeMilestone> milestones;

    /** The contract awarded to the calling business; one not awarded, or anyone else's, is not found. */
    Opportunity wonByCaller(UUID contractId) {
        Opportunity o = Opportunity.findById(contractId);
        UUID business = caller.businessId().orElse(null);
        if (o == null || business == null || o.status != OpportunityStatus.AWARDED
                || !business.equals(o.awardedBusinessId)) {
            throw new NotFound("There is no contract " + contractId + " awarded to you.");
        }
        return o;
    }

    /**
     * Posts (drafts and publishes at once) a subcontract of the caller's won contract: bought by the prime (its
     * name as the awarded supplier), in the parent's programme, published as a tender notice is, with its event
     * and notice in the same transaction.
     */
    @Transactional
    public UUID post(UUID contractId, NoticeFields f) {
        Opportunity parent = wonByCaller(contractId);
        NoticeFields fields = new NoticeFields(f.title(), f.description(), OpportunityType.SUBCONTRACT, f.cpvCodes(),
                f.valueMinPence(), f.valueMaxPence(), f.location(), f.postcode(), f.closingAt(), f.smeSuitable(),
                f.vcseSuitable(), f.requiredLicenceTypes(), f.socialValueThemes(), parent.id, f.contact(),
                f.category(), f.valueGrossPence(), f.awardCriteria(), f.lots());
        Instant now = clock.instant();
        Opportunity o = Opportunity.draft(UUID.randomUUID(), notices.nextReference(), parent.awardedSupplierName,
                fields, cpv.resolve(fields.cpvCodes(), "cpvCodes"), now);
        o.programmeId = parent.programmeId;
        o.persist();
        o.publish(now);
        outbox.append(OpportunitiesEvents.OPPORTUNITY_PUBLISHED, OpportunitiesEvents.OPPORTUNITY, o.id,
                new OpportunityPublished(o.id, o.reference, o.title, o.buyer, o.type, List.of(o.cpvCodes),
                        o.valueMinPence, o.valueMaxPence, o.smeSuitable, o.vcseSuitable, o.requiredLicences(),
                        o.publishedAt, o.closingAt));
        published.fire(new NoticePublished(o));
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.PUBLISHED));
        return o.id;
    }

    /** The calling business's won contracts, newest award first: what it may post subcontracts of. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<WonContract> won() {
        UUID business = caller.requireBusinessId();
        return Opportunity.<Opportunity>find("awardedBusinessId = ?1 and status = ?2 order by awardedAt desc",
                business, OpportunityStatus.AWARDED).list().stream()
                .map(o -> new WonContract(o.id, o.reference, o.title, o.buyer, o.awardedValuePence, o.awardedAt))
                .toList();
    }
}

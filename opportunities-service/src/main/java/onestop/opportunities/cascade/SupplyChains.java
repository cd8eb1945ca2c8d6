package onestop.opportunities.cascade;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.SupplyChain;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.programme.Programme;

/** Where a public notice sits in the cascade: its parent contract, its subcontracts, its programme. */
@ApplicationScoped
public class SupplyChains {

    @Inject
    Notices notices;

    @Transactional(Transactional.TxType.SUPPORTS)
    public SupplyChain of(UUID id) {
        Opportunity o = notices.readable(id);
        Opportunity parent = o.parentId == null ? null : Opportunity.findById(o.parentId);
        Programme programme = o.programmeId == null ? null : Programme.findById(o.programmeId);
        return new SupplyChain(o.id, parent == null ? null : link(parent),
                subcontracts(o.id).stream().map(SupplyChains::link).toList(),
                programme == null ? null : new SupplyChain.ProgrammeLink(programme.id, programme.name));
    }

    /** The public subcontracts of a contract, oldest first (for its page and its OCDS record). */
    public static List<Opportunity> subcontracts(UUID contractId) {
        return Opportunity.<Opportunity>find("parentId = ?1 and status <> ?2 order by publishedAt, reference",
                contractId, OpportunityStatus.DRAFT).list();
    }

    static SupplyChain.Link link(Opportunity o) {
        return new SupplyChain.Link(o.id, o.reference, o.title, o.buyer, o.type, o.status, o.awardedSupplierName,
                o.awardedValuePence, o.publishedAt);
    }
}

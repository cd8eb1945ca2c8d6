package onestop.opportunities.programme;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.ProgrammeRequest;
import onestop.opportunities.api.ProgrammeView;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;

/**
 * A buyer's programmes: created, and its procurements grouped under them (a procurement's subcontracts go with it);
 * read by anyone, with the programme's figures.
 */
@ApplicationScoped
public class ProgrammeService {

    @Inject
    Caller caller;

    @Inject
    Notices notices;

    @Inject
    Clock clock;

    @Inject
    ProgrammeFigures figures;

    @Transactional
    public ProgrammeView create(ProgrammeRequest request) {
        Programme p = new Programme();
        p.id = UUID.randomUUID();
        p.buyer = caller.requireOrganisation();
        p.name = request.name().strip();
        p.description = request.description().strip();
        p.createdAt = clock.instant();
        p.persist();
        return figures.view(p);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ProgrammeView read(UUID id) {
        return figures.view(find(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ProgrammeView.Summary> list() {
        return Programme.<Programme>find("order by createdAt desc").list().stream()
                .map(p -> new ProgrammeView.Summary(p.id, p.name, p.buyer,
                        Opportunity.count("programmeId = ?1 and status <> ?2", p.id, OpportunityStatus.DRAFT)))
                .toList();
    }

    /** The buyer puts one of its procurements (and the subcontracts under it) in one of its programmes. */
    @Transactional
    public ProgrammeView add(UUID programmeId, UUID opportunityId) {
        Programme p = owned(programmeId);
        Opportunity o = notices.owned(opportunityId);
        if (o.parentId != null) {
            // a subcontract is in its contract's programme; only its prime could reach it here anyway
            throw Notices.notFound(opportunityId);
        }
        withSubcontracts(o).forEach(n -> n.programmeId = p.id);
        return figures.view(p);
    }

    @Transactional
    public ProgrammeView remove(UUID programmeId, UUID opportunityId) {
        Programme p = owned(programmeId);
        Opportunity o = notices.owned(opportunityId);
        if (!p.id.equals(o.programmeId)) {
            throw Notices.notFound(opportunityId);
        }
        withSubcontracts(o).forEach(n -> n.programmeId = null);
        return figures.view(p);
    }

    /** A procurement and every subcontract below it, at any depth. */
    static List<Opportunity> withSubcontracts(Opportunity top) {
        List<Opportunity> all = new ArrayList<>(List.of(top));
        for (int i = 0; i < all.size() && i < 10_000; i++) {
            all.addAll(Opportunity.<Opportunity>list("parentId", all.get(i).id));
        }
        return all;
    }

    static Programme find(UUID id) {
        Programme p = Programme.findById(id);
        if (p == null) {
            throw notFound(id);
        }
        return p;
    }

    private Programme owned(UUID id) {
        Programme p = Programme.findById(id);
        if (p == null || !p.ownedBy(caller.requireOrganisation())) {
            throw notFound(id);
        }
        return p;
    }

    static NotFound notFound(UUID id) {
        return new NotFound("There is no programme " + id + ".");
    }
}

package onestop.opportunities.opportunity;

import java.time.Clock;
import java.time.Year;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;

/** Finding notices as a given caller may see them, and numbering new ones. */
@ApplicationScoped
public class Notices {

    @Inject
    EntityManager em;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * A notice of the calling buyer's organisation, or a subcontract of the calling business's won contract (its
     * prime's, whatever organisation a buyer token names); anyone else's is "not found".
     */
    public Opportunity owned(UUID id) {
        Opportunity o = Opportunity.findById(id);
        if (o == null || !(o.parentId != null ? ownedByPrime(o) : o.ownedBy(caller.requireOrganisation()))) {
            throw notFound(id);
        }
        return o;
    }

    /** Whether the caller is the prime running this notice: it is a subcontract of a contract the caller won. */
    public boolean runByCallerAsPrime(UUID id) {
        Opportunity o = Opportunity.findById(id);
        return o != null && o.parentId != null && ownedByPrime(o);
    }

    /** A subcontract is run by the business that won its parent contract (issue 21's cascade), and no one else. */
    private boolean ownedByPrime(Opportunity subcontract) {
        Opportunity parent = Opportunity.findById(subcontract.parentId);
        return parent != null && parent.awardedBusinessId != null
                && caller.businessId().filter(parent.awardedBusinessId::equals).isPresent();
    }

    /** A notice the caller may read: published ones to all, drafts to their buyer only. */
    public Opportunity readable(UUID id) {
        Opportunity o = Opportunity.findById(id);
        if (o == null || !(NoticeLifecycle.isPublic(o.status) || o.ownedBy(caller.organisation().orElse(null)))) {
            throw notFound(id);
        }
        return o;
    }

    /** A published notice (not a draft), for suppliers' questions and responses. */
    public Opportunity published(UUID id) {
        Opportunity o = Opportunity.findById(id);
        if (o == null || !NoticeLifecycle.isPublic(o.status)) {
            throw notFound(id);
        }
        return o;
    }

    /** The next human reference, {@code OPP-2026-000017}. */
    public String nextReference() {
        long n = ((Number) em.createNativeQuery("select nextval('opportunity_reference_seq')").getSingleResult())
                .longValue();
        return String.format("OPP-%d-%06d", Year.now(clock).getValue(), n);
    }

    public static NotFound notFound(UUID id) {
        return new NotFound("There is no opportunity " + id + ".");
    }
}

package onestop.opportunities.response;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.ResponseAmended;
import onestop.opportunities.api.ResponseFields;
import onestop.opportunities.api.ResponseSubmitted;
import onestop.opportunities.api.ResponseView;
import onestop.opportunities.api.ResponsesReceived;
import onestop.opportunities.licences.HeldLicences;
import onestop.opportunities.opportunity.Lots;
import onestop.opportunities.socialvalue.SocialValueMeasure;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.supplier.Supplier;
import onestop.opportunities.supplier.SupplierService;
import onestop.platform.audit.PersonalDataReads;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.RuleViolation;
import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** Suppliers respond to open notices and amend until the deadline; the buyer reads them all. */
@ApplicationScoped
public class ResponseService {

    /** What a buyer's (or a prime's) read of a response is logged as: docs/domain.md, Data rights. */
    static final String READ_KIND = "response";

    @Inject
    Notices notices;

    @Inject
    Caller caller;

    @Inject
    SupplierService suppliers;

    @Inject
    HeldLicences licences;

    @Inject
    Outbox outbox;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    PersonalDataReads reads;

    @Transactional
    public ResponseView submit(UUID opportunityId, ResponseFields fields) {
        UUID business = caller.requireBusinessId();
        Opportunity o = notices.published(opportunityId);
        o.requireRunHere("respond");
        Instant now = clock.instant();
        checkOpen(o, now);
        Supplier supplier = suppliers.find(business).orElseThrow(() -> new RuleViolation(
                "Complete your supplier profile (PUT /api/opportunities/suppliers/me) before responding."));
        if (SupplierResponse.count("opportunityId = ?1 and businessId = ?2", o.id, business) > 0) {
            throw new Duplicate("You have already responded to this notice; amend your response instead.");
        }
        Lots.checkBid(o, fields.lots());
        SocialValueMeasure.checkCommitments(fields.commitments());
        SupplierResponse r = SupplierResponse.submit(nextReference(), o.id, business, fields, now);
        try {
            r.persistAndFlush();
        } catch (PersistenceException e) {
            // a second response sent at the same moment as the first: the unique constraint decides
            throw new Duplicate("You have already responded to this notice; amend your response instead.");
        }
        outbox.append(OpportunitiesEvents.RESPONSE_SUBMITTED, OpportunitiesEvents.RESPONSE, r.id,
                new ResponseSubmitted(r.id, r.reference, o.id, o.reference, o.title, o.buyer, business, now,
                        o.closingAt));
        return view(r, o, supplier.name);
    }

    @Transactional
    public ResponseView amend(UUID opportunityId, UUID responseId, ResponseFields fields) {
        SupplierResponse r = own(opportunityId, responseId);
        Opportunity o = Opportunity.findById(r.opportunityId);
        Instant now = clock.instant();
        checkOpen(o, now);
        Lots.checkBid(o, fields.lots());
        SocialValueMeasure.checkCommitments(fields.commitments());
        r.amend(fields, now);
        outbox.append(OpportunitiesEvents.RESPONSE_AMENDED, OpportunitiesEvents.RESPONSE, r.id,
                new ResponseAmended(r.id, r.reference, o.id, o.reference, o.title, o.buyer, r.businessId, now));
        return view(r, o, supplierName(r.businessId));
    }

    /**
     * The supplier keeps its response as it is after the notice changed: the mark clears, nothing else changes. A
     * response with nothing to confirm is 409; after the deadline too.
     */
    @Transactional
    public ResponseView confirm(UUID opportunityId, UUID responseId) {
        SupplierResponse r = own(opportunityId, responseId);
        Opportunity o = Opportunity.findById(r.opportunityId);
        checkOpen(o, clock.instant());
        if (r.confirmationNeededSince == null) {
            throw new IllegalTransition("Response " + r.reference + " has nothing to confirm: the notice has not "
                    + "changed since it was submitted or last confirmed.");
        }
        Lots.checkBid(o, r.lotIds()); // a lot it bids for may have gone: then it is amended, not confirmed
        r.confirmationNeededSince = null;
        return view(r, o, supplierName(r.businessId));
    }

    /** The buyer of the notice sees every response once it has closed; a supplier only its own. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ResponseView> list(UUID opportunityId) {
        if (caller.hasRole(Roles.BUYER) || readsAsPrime(opportunityId)) {
            Opportunity o = unsealed(notices.owned(opportunityId));
            List<ResponseView> views = SupplierResponse.<SupplierResponse>find("opportunityId = ?1 order by submittedAt",
                    o.id).list().stream().map(r -> view(r, o, supplierName(r.businessId))).toList();
            views.forEach(v -> reads.record(READ_KIND, v.id()));
            return views;
        }
        Opportunity o = notices.published(opportunityId);
        return SupplierResponse.<SupplierResponse>find("opportunityId = ?1 and businessId = ?2", o.id,
                caller.requireBusinessId()).list().stream().map(r -> view(r, o, supplierName(r.businessId))).toList();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ResponseView read(UUID opportunityId, UUID responseId) {
        if (caller.hasRole(Roles.BUYER) || readsAsPrime(opportunityId)) {
            Opportunity o = unsealed(notices.owned(opportunityId));
            SupplierResponse r = SupplierResponse.findById(responseId);
            if (r == null || !r.opportunityId.equals(o.id)) {
                throw notFound(responseId);
            }
            reads.record(READ_KIND, r.id);
            return view(r, o, supplierName(r.businessId));
        }
        SupplierResponse r = own(opportunityId, responseId);
        return view(r, Opportunity.findById(r.opportunityId), supplierName(r.businessId));
    }

    /** How many responses the buyer's notice has had, and whether they are still sealed. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ResponsesReceived received(UUID opportunityId) {
        Opportunity o = notices.owned(opportunityId);
        return new ResponsesReceived(SupplierResponse.count("opportunityId", o.id), sealed(o), o.closingAt,
                SupplierResponse.count("opportunityId = ?1 and confirmationNeededSince is not null", o.id));
    }

    /**
     * The prime reads the responses to its subcontract as a buyer reads its own notice's once they are unsealed;
     * before, it is a business like any other (its own responses, none), so its notice page keeps working.
     */
    private boolean readsAsPrime(UUID opportunityId) {
        Opportunity o = Opportunity.findById(opportunityId);
        return o != null && !sealed(o) && notices.runByCallerAsPrime(opportunityId);
    }

    // Sealed while suppliers may still respond: a draft has none, a closed, awarded or cancelled notice is open to read.
    private static boolean sealed(Opportunity o) {
        return o.status == OpportunityStatus.OPEN;
    }

    private static Opportunity unsealed(Opportunity o) {
        if (sealed(o)) {
            throw new TendersSealed("The responses to " + o.reference + " are sealed until it closes at " + o.closingAt
                    + "; GET .../responses/received says how many have arrived.");
        }
        return o;
    }

    private SupplierResponse own(UUID opportunityId, UUID responseId) {
        SupplierResponse r = SupplierResponse.findById(responseId);
        if (r == null || !r.opportunityId.equals(opportunityId) || !r.businessId.equals(caller.requireBusinessId())) {
            throw notFound(responseId);
        }
        return r;
    }

    ResponseView view(SupplierResponse r, Opportunity o, String supplierName) {
        return new ResponseView(r.id, r.reference, r.opportunityId, r.businessId, supplierName, r.summary,
                r.pricePence, List.copyOf(r.commitments), r.submittedAt, r.updatedAt,
                licences.check(o.requiredLicences(), r.businessId), List.copyOf(r.lotIds()), r.confirmationNeededSince);
    }

    private String supplierName(UUID businessId) {
        return suppliers.find(businessId).map(s -> s.name).orElse(null);
    }

    private static void checkOpen(Opportunity o, Instant now) {
        if (!o.acceptsResponses(now)) {
            throw new IllegalTransition("Responses are taken only while the notice is open and before "
                    + o.closingAt + "; it is " + o.status.phrase() + ".");
        }
    }

    private String nextReference() {
        long n = ((Number) em.createNativeQuery("select nextval('response_reference_seq')").getSingleResult())
                .longValue();
        return String.format("RSP-%d-%06d", Year.now(clock).getValue(), n);
    }

    private static NotFound notFound(UUID responseId) {
        return new NotFound("There is no response " + responseId + " of yours on this notice.");
    }
}

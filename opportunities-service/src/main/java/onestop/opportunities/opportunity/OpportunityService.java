package onestop.opportunities.opportunity;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.DocumentView;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.MarketEngagement;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.api.OpportunityCancelled;
import onestop.opportunities.api.OpportunityChanged;
import onestop.opportunities.api.OpportunityClosed;
import onestop.opportunities.api.OpportunityPublished;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.PublishedAnswer;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;
import onestop.platform.web.PageRequest;
import onestop.platform.web.PageView;
import onestop.platform.web.Versions;

/** A buyer's work on its notices: draft, edit (a draft, or an open tender notice: a new version), publish, close, cancel. */
@ApplicationScoped
public class OpportunityService {

    @Inject
    Notices notices;

    @Inject
    CpvCatalogue cpv;

    @Inject
    Caller caller;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    AnswersOnNotice answers;

    @Inject
    DocumentsOnNotice documents;

    @Inject
    RespondentsOfNotice responses;

    @Inject
    PublishedVersions changes;

    /** Observers (alerts) run inside the publishing transaction, so alerts and the notice commit together. */
    @Inject
    Event<NoticePublished> published;

    /** The notice versions the Act asks for (opendata stores them), in the same transaction. */
    @Inject
    Event<NoticeMilestone> milestones;

    @Transactional
    public NoticeView draft(NoticeFields fields) {
        String buyer = caller.requireOrganisation();
        checkParent(fields.parentOpportunityId());
        Opportunity o = Opportunity.draft(UUID.randomUUID(), notices.nextReference(), buyer, fields,
                cpv.resolve(fields.cpvCodes(), "cpvCodes"), clock.instant());
        o.persist();
        return view(o);
    }

    @Transactional
    public NoticeView revise(UUID id, NoticePatch patch, String ifMatch) {
        Opportunity o = notices.owned(id);
        checkVersion(o, ifMatch);
        NoticeFields fields = patch.fields();
        checkParent(fields.parentOpportunityId());
        o.revise(patch, cpv.resolve(fields.cpvCodes(), "cpvCodes"), clock.instant());
        if (o.status == OpportunityStatus.OPEN) {
            milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CHANGED));
            List<UUID> respondents = responses.respondents(o.id);
            if (!respondents.isEmpty()) {
                responses.askToConfirm(o.id, o.updatedAt);
            }
            // raised with no respondents too: the closing time may have moved in calendars (saved searches, buyer)
            outbox.append(OpportunitiesEvents.OPPORTUNITY_CHANGED, OpportunitiesEvents.OPPORTUNITY, o.id,
                    new OpportunityChanged(o.id, o.reference, o.title, o.buyer, changes.versionOfTenderNotice(o.id),
                            o.closingAt, o.updatedAt, respondents));
        }
        return view(o);
    }

    @Transactional
    public NoticeView publish(UUID id) {
        Opportunity o = notices.owned(id);
        o.publish(clock.instant());
        outbox.append(OpportunitiesEvents.OPPORTUNITY_PUBLISHED, OpportunitiesEvents.OPPORTUNITY, o.id,
                published(o));
        published.fire(new NoticePublished(o));
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.PUBLISHED));
        return view(o);
    }

    @Transactional
    public NoticeView engageMarket(UUID id, MarketEngagement engagement) {
        Opportunity o = notices.owned(id);
        o.engageMarket(engagement.description().strip(), engagement.endsOn(), clock.instant());
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.MARKET_ENGAGEMENT));
        return view(o);
    }

    @Transactional
    public NoticeView planProcurement(UUID id) {
        Opportunity o = notices.owned(id);
        NoticeEdits.planProcurement(o, clock.instant());
        milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.PLANNED_PROCUREMENT));
        return view(o);
    }

    @Transactional
    public NoticeView close(UUID id) {
        Opportunity o = notices.owned(id);
        Instant now = clock.instant();
        o.close(now);
        outbox.append(OpportunitiesEvents.OPPORTUNITY_CLOSED, OpportunitiesEvents.OPPORTUNITY, o.id,
                new OpportunityClosed(o.id, o.reference, o.buyer, now, false));
        return view(o);
    }

    @Transactional
    public NoticeView cancel(UUID id, String reason) {
        Opportunity o = notices.owned(id);
        Instant now = clock.instant();
        boolean published = o.status != OpportunityStatus.DRAFT;
        o.cancel(reason.strip(), now);
        outbox.append(OpportunitiesEvents.OPPORTUNITY_CANCELLED, OpportunitiesEvents.OPPORTUNITY, o.id,
                new OpportunityCancelled(o.id, o.reference, o.buyer, o.cancelReason, now, o.title,
                        responses.respondents(o.id)));
        if (published) {
            milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CANCELLED));
        }
        return view(o);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeView read(UUID id) {
        return view(notices.readable(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageView<NoticeView> mine(PageRequest paging) {
        var query = Opportunity.<Opportunity>find("lower(buyer) = lower(?1) order by createdAt desc",
                caller.requireOrganisation());
        List<NoticeView> items = query.page(paging.page(), paging.size()).list().stream().map(this::view).toList();
        return new PageView<>(items, paging.page(), paging.size(), query.count());
    }

    private NoticeView view(Opportunity o) {
        if (Opportunity.getEntityManager().isJoinedToTransaction()) {
            Opportunity.flush(); // so that the version in the answer is the one just written
        }
        return of(o, documents.of(o.id), answers.of(o.id));
    }

    static NoticeView of(Opportunity o, List<DocumentView> documents, List<PublishedAnswer> answers) {
        NoticeView.Award award = o.awardedAt == null ? null
                : new NoticeView.Award(o.awardedSupplierName, o.awardedValuePence, o.awardedAt);
        return new NoticeView(o.id, o.reference, o.title, o.description, o.buyer, o.contact(), o.type,
                List.of(o.cpvCodes), o.valueMinPence, o.valueMaxPence, o.location, o.postcode, o.publishedAt,
                o.closingAt, o.status, o.smeSuitable, o.vcseSuitable, List.of(o.requiredLicenceTypes),
                List.of(o.socialValueThemes), o.parentId, o.challengeStage, o.cancelReason, award, procurement(o),
                documents, answers, o.importedFrom(), o.version);
    }

    private static NoticeView.Procurement procurement(Opportunity o) {
        NoticeView.Contract contract = o.contract == null ? null : new NoticeView.Contract(o.contract.signedOn,
                o.contract.startOn, o.contract.endOn, o.contract.valuePence, o.contract.changes().stream()
                        .map(a -> new NoticeView.Change(a.number(), a.date(), a.description(), a.valuePence(), a.endOn()))
                        .toList(), o.contract.terminatedOn, o.contract.terminationReason);
        return new NoticeView.Procurement(o.category, o.valueGrossPence, o.aboveThreshold, o.awardCriteria,
                Lots.warnings(o), o.assessmentSummariesSentAt, o.standstillLastDay, o.standstillExtensions, contract,
                o.directAwardGround, o.directAwardJustification, o.engagementDescription, o.engagementEndsOn,
                o.lots(), o.plannedProcurementAt);
    }

    /**
     * A buyer does not post subcontracts: the prime contractor that won the parent does
     * ({@code POST /opportunities/{id}/subcontracts}), so to a buyer every parent is "not found".
     */
    private static void checkParent(UUID parentId) {
        if (parentId != null) {
            throw new NotFound("There is no contract " + parentId + " awarded to you; a subcontract is posted by "
                    + "the prime contractor that won it.");
        }
    }

    // optional here (the buyer's own notice, edited by few), but judged as everywhere: W/, * and lists
    private static void checkVersion(Opportunity o, String ifMatch) {
        Versions.checkIfPresent(ifMatch, o.version);
    }

    private static OpportunityPublished published(Opportunity o) {
        return new OpportunityPublished(o.id, o.reference, o.title, o.buyer, o.type, List.of(o.cpvCodes),
                o.valueMinPence, o.valueMaxPence, o.smeSuitable, o.vcseSuitable, o.requiredLicences(), o.publishedAt,
                o.closingAt);
    }
}

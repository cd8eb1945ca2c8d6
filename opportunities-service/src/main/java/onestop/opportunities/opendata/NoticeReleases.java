package onestop.opportunities.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.scheduler.Scheduled;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.cpv.CpvCatalogue;
import onestop.opportunities.document.NoticeDocument;
import onestop.opportunities.opportunity.NoticeMilestone;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.opportunity.PublishedVersions;
import onestop.opportunities.procurement.NoticeType;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Publishes a procurement's notices (ADR 8): each milestone of a published procurement, in the transaction that
 * makes it, becomes the next version of its notice, stored as the OCDS release it publishes. Notices published
 * before notices were kept (and imported ones) get theirs from {@link #ensurePublished}.
 */
@ApplicationScoped
public class NoticeReleases implements PublishedVersions {

    static final int BACKFILL_BATCH = 200;

    @Inject
    OcdsReleases builder;

    @Inject
    CpvCatalogue cpv;

    @Inject
    ObjectMapper json;

    void onMilestone(@Observes NoticeMilestone milestone) {
        Opportunity o = milestone.opportunity();
        NoticeType type = switch (milestone.kind()) {
            case MARKET_ENGAGEMENT -> NoticeType.UK2;
            case PLANNED_PROCUREMENT -> NoticeType.UK3;
            case PUBLISHED, CHANGED -> NoticeType.UK4;
            case CANCELLED -> NoticeType.UK12;
            case AWARDED -> NoticeType.UK6;
            case DIRECT_AWARD -> NoticeType.UK5;
            case CONTRACT_ENTERED -> NoticeType.UK7;
            case CONTRACT_CHANGED -> NoticeType.UK10;
            case CONTRACT_TERMINATED -> NoticeType.UK11;
        };
        publish(o, type, o.updatedAt);
    }

    /**
     * Publishes the notices a procurement in its state should have published and has not: a preliminary market
     * engagement notice once it engaged the market, a planned procurement notice, a tender notice once published, a
     * transparency notice for a direct award, a contract award notice once awarded, a contract details notice once
     * the contract is entered, a procurement termination notice once cancelled after any of the first three.
     * Running it again changes nothing.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void ensurePublished(Opportunity o) {
        if (o.status == OpportunityStatus.DRAFT) {
            return;
        }
        Set<NoticeType> published = new HashSet<>(NoticeRelease.getEntityManager().createQuery(
                "select distinct noticeType from NoticeRelease where opportunityId = ?1", NoticeType.class)
                .setParameter(1, o.id).getResultList());
        Instant tendered = o.publishedAt != null ? o.publishedAt : o.createdAt;
        if (o.engagementDescription != null && !published.contains(NoticeType.UK2)) {
            publish(o, NoticeType.UK2, o.createdAt);
        }
        if (o.plannedProcurementAt != null && !published.contains(NoticeType.UK3)) {
            publish(o, NoticeType.UK3, o.plannedProcurementAt);
        }
        // a tender notice was published, or the procurement predates the notices and never engaged the market first
        boolean wasTendered = o.publishedAt != null || o.engagementDescription == null
                && o.plannedProcurementAt == null && o.status != OpportunityStatus.PLANNED && o.directAwardGround == null;
        if (wasTendered && !published.contains(NoticeType.UK4)) {
            publish(o, NoticeType.UK4, tendered);
        }
        if (o.directAwardGround != null && !published.contains(NoticeType.UK5)) {
            publish(o, NoticeType.UK5, o.awardedAt != null ? o.awardedAt : o.updatedAt);
        }
        if (o.status == OpportunityStatus.AWARDED && o.directAwardGround == null
                && !published.contains(NoticeType.UK6)) {
            publish(o, NoticeType.UK6, o.awardedAt != null ? o.awardedAt : o.updatedAt);
        }
        if (o.contract != null && !published.contains(NoticeType.UK7)) {
            publish(o, NoticeType.UK7, o.contract.enteredAt);
        }
        if (o.status == OpportunityStatus.CANCELLED
                && (o.publishedAt != null || o.engagementDescription != null || o.plannedProcurementAt != null)
                && !published.contains(NoticeType.UK12)) {
            publish(o, NoticeType.UK12, o.cancelledAt != null ? o.cancelledAt : o.updatedAt);
        }
    }

    @Override
    public int versionOfTenderNotice(UUID opportunityId) {
        return NoticeRelease.latestVersion(opportunityId, NoticeType.UK4);
    }

    /**
     * Keeps a notice another service published (an imported Find a Tender release) as this procurement's, exactly as
     * published: its notice type and number; the next version of its type. A release kept already is not kept twice.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void keep(Opportunity o, JsonNode release, Instant publishedAt) {
        String ocid = release.path("ocid").asText();
        String number = release.path("id").asText();
        if (NoticeRelease.count("ocid = ?1 and noticeNumber = ?2", ocid, number) > 0) {
            return;
        }
        NoticeType type = FindATender.noticeType(release).flatMap(NoticeType::of).orElseThrow();
        NoticeRelease n = new NoticeRelease();
        n.id = UUID.randomUUID();
        n.opportunityId = o.id;
        n.ocid = ocid;
        n.noticeType = type;
        n.version = NoticeRelease.latestVersion(o.id, type) + 1;
        n.noticeNumber = number;
        n.publishedAt = publishedAt;
        n.release = release.toString();
        n.persist();
    }

    /** Notices published before they were kept get theirs, a batch at a time, soon after the service starts. */
    @Scheduled(every = "${opportunities.notices.backfill-every:10m}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void backfill() {
        while (backfillBatch() == BACKFILL_BATCH) {
            // the next batch
        }
    }

    @Transactional
    int backfillBatch() {
        // one service instance at a time: another waits, then finds the batch done
        NoticeRelease.getEntityManager().createNativeQuery("select pg_advisory_xact_lock(hashtext('notice_release'))")
                .getSingleResult();
        List<Opportunity> pending = Opportunity.<Opportunity>find("from Opportunity o where o.status <> ?1 and not "
                + "exists (select 1 from NoticeRelease n where n.opportunityId = o.id) order by o.createdAt",
                OpportunityStatus.DRAFT).page(0, BACKFILL_BATCH).list();
        pending.forEach(this::ensurePublished);
        return pending.size();
    }

    private void publish(Opportunity o, NoticeType type, Instant at) {
        Opportunity.flush(); // the release reads the documents and fields as this transaction leaves them
        NoticeRelease n = new NoticeRelease();
        n.id = UUID.randomUUID();
        n.opportunityId = o.id;
        n.ocid = OcdsReleases.ocid(o);
        n.noticeType = type;
        n.version = NoticeRelease.latestVersion(o.id, type) + 1;
        long number = ((Number) NoticeRelease.getEntityManager()
                .createNativeQuery("select nextval('notice_number_seq')").getSingleResult()).longValue();
        n.noticeNumber = String.format("%06d-%d", number, LocalDate.ofInstant(at, WorkingDayCalendar.COUNCIL_ZONE)
                .getYear());
        n.publishedAt = at;
        try {
            n.release = json.writeValueAsString(builder.release(o, type, n.noticeNumber, at,
                    cpv.descriptions(Set.of(o.cpvCodes)), NoticeDocument.of(o.id)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A release could not be written", e);
        }
        n.persist();
    }
}

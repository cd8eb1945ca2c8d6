package onestop.opportunities.document;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.DocumentAdded;
import onestop.opportunities.api.DocumentRemoved;
import onestop.opportunities.api.OpportunitiesEvents;
import onestop.opportunities.opportunity.NoticeMilestone;
import onestop.opportunities.opportunity.Notices;
import onestop.opportunities.opportunity.Opportunity;
import onestop.opportunities.opportunity.RespondentsOfNotice;
import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.files.FileStore;
import onestop.platform.files.FileType;
import onestop.platform.files.Upload;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.NotFound;
import onestop.platform.security.Caller;

/**
 * A buyer attaches documents to its notice while it is a draft or open, and removes them; anyone who may
 * read the notice lists and downloads them. Suppliers hear of changes to an open notice's documents.
 */
@ApplicationScoped
public class DocumentService {

    /** Tender packs are office documents as often as PDFs. */
    static final Set<FileType> ACCEPTED = EnumSet.of(FileType.PDF, FileType.PNG, FileType.JPEG, FileType.DOCX,
            FileType.XLSX, FileType.ODT, FileType.ODS);

    @Inject
    Notices notices;

    @Inject
    DocumentStore store;

    @Inject
    Outbox outbox;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Inject
    OpportunitiesConfig config;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    Event<NoticeMilestone> milestones;

    @Inject
    RespondentsOfNotice responses;

    @Transactional
    public NoticeDocument upload(UUID opportunityId, Upload upload) {
        Opportunity o = notices.owned(opportunityId);
        Instant now = clock.instant();
        o.changeDocuments(now);
        FileType type = upload.check(config.documents().maxBytes(), ACCEPTED);
        NoticeDocument d = new NoticeDocument();
        d.id = UUID.randomUUID();
        FileStore.Stored stored = store.store(upload.file(), d.id + type.extension());
        deleteFileOnRollback(stored.name());
        d.opportunityId = o.id;
        d.originalName = upload.safeName();
        d.mediaType = type.mediaType();
        d.sizeBytes = upload.size();
        d.storedName = stored.name();
        d.sha256 = stored.sha256();
        d.uploadedAt = now;
        d.uploadedBy = caller.subject();
        d.persist();
        if (o.status == OpportunityStatus.OPEN) {
            outbox.append(OpportunitiesEvents.OPPORTUNITY_DOCUMENT_ADDED, OpportunitiesEvents.OPPORTUNITY, o.id,
                    added(o, d, askRespondentsToConfirm(o, now)));
            milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CHANGED));
        }
        return d;
    }

    @Transactional
    public void remove(UUID opportunityId, UUID documentId) {
        Opportunity o = notices.owned(opportunityId);
        NoticeDocument d = of(o, documentId);
        Instant now = clock.instant();
        o.changeDocuments(now);
        d.delete();
        deleteFileOnCommit(d.storedName);
        if (o.status == OpportunityStatus.OPEN) {
            outbox.append(OpportunitiesEvents.OPPORTUNITY_DOCUMENT_REMOVED, OpportunitiesEvents.OPPORTUNITY, o.id,
                    new DocumentRemoved(o.id, o.reference, o.title, o.buyer, d.id, d.originalName, now,
                            askRespondentsToConfirm(o, now)));
            milestones.fire(new NoticeMilestone(o, NoticeMilestone.Kind.CHANGED));
        }
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<NoticeDocument> list(UUID opportunityId) {
        return NoticeDocument.of(notices.readable(opportunityId).id);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public NoticeDocument find(UUID opportunityId, UUID documentId) {
        return of(notices.readable(opportunityId), documentId);
    }

    public Path file(NoticeDocument d) {
        return store.find(d.storedName).orElseThrow(() -> new NotFound(
                "The file of document " + d.id + " is no longer stored; the buyer must upload it again."));
    }

    private static NoticeDocument of(Opportunity o, UUID documentId) {
        NoticeDocument d = NoticeDocument.findById(documentId);
        if (d == null || !d.opportunityId.equals(o.id)) {
            throw new NotFound("Notice " + o.reference + " has no document " + documentId + ".");
        }
        return d;
    }

    // The file and its row come and go together: the file goes only once the row's fate is known.
    private void deleteFileOnRollback(String storedName) {
        deleteFileAfter(false, storedName);
    }

    private void deleteFileOnCommit(String storedName) {
        deleteFileAfter(true, storedName);
    }

    private void deleteFileAfter(boolean committed, String storedName) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    store.delete(storedName);
                }
            }
        });
    }

    /**
     * The documents of an open notice are part of what its tenders answer (a new version of the tender notice): each
     * response submitted before {@code now} waits for its supplier to confirm or amend it. Answers the respondents.
     */
    private List<UUID> askRespondentsToConfirm(Opportunity o, Instant now) {
        List<UUID> respondents = responses.respondents(o.id);
        if (!respondents.isEmpty()) {
            responses.askToConfirm(o.id, now);
        }
        return respondents;
    }

    private static DocumentAdded added(Opportunity o, NoticeDocument d, List<UUID> respondents) {
        return new DocumentAdded(o.id, o.reference, o.title, o.buyer, d.id, d.originalName, d.mediaType, d.sizeBytes,
                d.href(), d.uploadedAt, respondents);
    }
}

package onestop.gateway.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import onestop.gateway.account.UserAccount;
import onestop.gateway.api.DataExportView;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;

/**
 * A person's subject access exports (UK GDPR art. 15; ADR 0013): asked for here, put together by
 * {@link DataExportAssembly} in the background, downloaded by the same person only, for 7 days.
 */
@ApplicationScoped
public class DataExports {

    private final Clock clock;
    private final Event<DataExportRequested> requested;

    DataExports(Clock clock, Event<DataExportRequested> requested) {
        this.clock = clock;
        this.requested = requested;
    }

    /**
     * Records a request; one already being put together is answered instead of a second, so asking twice
     * makes no more work.
     */
    @Transactional
    public DataExportView request(UUID userId) {
        UserAccount user = UserAccount.<UserAccount>findByIdOptional(userId)
                .orElseThrow(() -> new NotFound("This account no longer exists."));
        List<DataExport> pending = DataExport.list("userId = ?1 and state = ?2", userId,
                DataExportView.State.REQUESTED);
        if (!pending.isEmpty()) {
            return pending.get(0).view();
        }
        DataExport export = new DataExport();
        export.id = UUID.randomUUID();
        export.userId = user.id;
        export.businessId = user.businessId;
        export.state = DataExportView.State.REQUESTED;
        export.requestedAt = Instant.now(clock);
        export.nextAttemptAt = export.requestedAt;
        export.persist();
        requested.fire(new DataExportRequested(export.id));
        return export.view();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<DataExportView> of(UUID userId) {
        return DataExport.of(userId).stream().map(DataExport::view).toList();
    }

    /** One of the person's exports; anyone else's is not found. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public DataExportView find(UUID userId, UUID exportId) {
        return own(userId, exportId).view();
    }

    /** The ZIP of one of the person's exports, while it is ready. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] content(UUID userId, UUID exportId) {
        DataExport export = own(userId, exportId);
        if (export.state != DataExportView.State.READY || !Instant.now(clock).isBefore(export.expiresAt)) {
            throw new IllegalTransition(switch (export.state) {
                case REQUESTED -> "This export is still being put together; we will email you when it is ready.";
                case FAILED -> "This export could not be put together; ask for a new one.";
                default -> "This export has expired: exports can be downloaded for 7 days. Ask for a new one.";
            });
        }
        return (byte[]) DataExport.getEntityManager()
                .createNativeQuery("select content from data_export_file where export_id = ?1")
                .setParameter(1, exportId).getSingleResult();
    }

    private static DataExport own(UUID userId, UUID exportId) {
        DataExport export = DataExport.findById(exportId);
        if (export == null || !export.userId.equals(userId)) {
            throw new NotFound("You have no data export " + exportId + ".");
        }
        return export;
    }
}

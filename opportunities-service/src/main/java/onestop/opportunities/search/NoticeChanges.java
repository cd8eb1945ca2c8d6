package onestop.opportunities.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PostPersist;
import jakarta.persistence.PostRemove;
import jakarta.persistence.PostUpdate;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import io.quarkus.arc.Arc;

/**
 * Brings this replica's search index up to date as soon as a transaction that wrote a notice commits, so
 * that whoever published, changed, closed or withdrew a notice finds it at once in their next search.
 * The notice entity lists this as its listener; writes in plain SQL call {@link #noticeWritten()}.
 */
@ApplicationScoped
public class NoticeChanges {

    private static final Logger LOG = Logger.getLogger(NoticeChanges.class);
    private static final Object KEY = NoticeChanges.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SearchIndex index;

    /** The JPA callbacks: the listener instance is Hibernate's, so it hands over to the bean. */
    @PostPersist
    @PostUpdate
    @PostRemove
    void written(Object notice) {
        Arc.container().instance(NoticeChanges.class).get().noticeWritten();
    }

    /** Called inside the transaction that wrote a notice; the index catches up once it has committed. */
    public void noticeWritten() {
        if (transactions.getTransactionKey() == null || transactions.getResource(KEY) != null) {
            return; // no transaction (the periodic look will see it), or already registered
        }
        transactions.putResource(KEY, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    index.catchUp();
                } catch (RuntimeException e) {
                    // the commit stands; the periodic look retries within a second
                    LOG.warnf("Search index update after commit failed: %s", e.getMessage());
                }
            }
        });
    }
}

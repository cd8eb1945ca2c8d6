package onestop.opportunities.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;

import onestop.platform.transaction.AfterCommit;

/**
 * Brings this replica's search index up to date as soon as a transaction that wrote a notice commits, so
 * that whoever published, changed, closed or withdrew a notice finds it at once in their next search.
 * The notice entity's listener calls {@link #noticeWritten()}, and so do writes in plain SQL.
 */
@ApplicationScoped
public class NoticeChanges {

    private static final Logger LOG = Logger.getLogger(NoticeChanges.class);
    private static final Object KEY = NoticeChanges.class;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    SearchIndex index;

    /** Called inside the transaction that wrote a notice; the index catches up once it has committed. */
    public void noticeWritten() {
        if (transactions.getTransactionKey() == null) {
            return; // no transaction: the periodic look will see it
        }
        AfterCommit.once(transactions, KEY, () -> {
            try {
                index.catchUp();
            } catch (RuntimeException e) {
                // the commit stands; the periodic look retries within a second
                LOG.warnf("Search index update after commit failed: %s", e.getMessage());
            }
        });
    }
}

package onestop.platform.transaction;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Something to do once the current transaction has committed (nothing if it rolls back), at most once per key. */
public final class AfterCommit {

    private AfterCommit() {
    }

    /**
     * Runs {@code action} after the current transaction commits, on the committing thread; a second call with the
     * same {@code key} in one transaction adds nothing. The caller must be in a transaction.
     */
    public static void once(TransactionSynchronizationRegistry transactions, Object key, Runnable action) {
        if (transactions.getResource(key) != null) {
            return;
        }
        transactions.putResource(key, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    action.run();
                }
            }
        });
    }
}

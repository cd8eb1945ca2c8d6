package onestop.platform.transaction;

import java.util.function.IntUnaryOperator;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * A scheduled job's work in batches, each in a transaction of its own that first takes a transaction-scoped advisory
 * lock: a second replica running the same job at the same moment skips the batch rather than waiting for it, so two
 * replicas never do the same work twice, and a batch that fails undoes only itself. The retention and idle-account
 * jobs run this way (docs/domain.md, Data rights).
 */
@ApplicationScoped
public class ExclusiveBatches {

    @Inject
    EntityManager em;

    /**
     * Runs {@code batch} (given the most it should do; it answers how many it did) in one new transaction after
     * another, until one does less than {@code size}; returns how many they did in all, 0 while another replica holds
     * {@code lock}. The batch picks its rows {@code FOR UPDATE SKIP LOCKED} to stay clear of a request changing one.
     *
     * @param lock the job's own {@code pg_advisory_xact_lock} key
     */
    public int run(long lock, int size, IntUnaryOperator batch) {
        int total = 0;
        int done;
        do {
            done = QuarkusTransaction.requiringNew().call(() -> ours(lock) ? batch.applyAsInt(size) : 0);
            total += done;
        } while (done >= size);
        return total;
    }

    private boolean ours(long lock) {
        return (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)").setParameter(1, lock)
                .getSingleResult();
    }
}

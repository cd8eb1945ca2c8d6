package onestop.platform.idempotency;

import java.sql.SQLException;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;

/**
 * Marks the claimed Idempotency-Key as acted on INSIDE every transaction the request begins: the mark commits if
 * and only if the request's work commits. So a process that dies after committing but before the answer is kept
 * leaves a key that says it acted, and a retry is refused (409) instead of acting twice; one that dies before
 * committing leaves a key that did not act, which a retry may take over. Requests that begin no transaction
 * change nothing and stay unmarked.
 *
 * <p>An interceptor of every {@code @Transactional} method, placed after the transaction's own interceptor
 * (Narayana's, at {@code PLATFORM_BEFORE + 200}) so that it runs inside the transaction. Not an observer of
 * {@code @Initialized(TransactionScoped.class)}: Narayana keeps that event from the first application of a JVM,
 * which breaks when tests start a second one.
 */
@Transactional
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
class ActedMark {

    @Inject
    IdempotencyStore store;

    @Inject
    InjectableInstance<CurrentClaim> claims;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @AroundInvoke
    Object mark(InvocationContext invocation) throws Exception {
        markIfClaimed();
        return invocation.proceed();
    }

    private void markIfClaimed() throws SQLException {
        Object transaction = transactions.getTransactionKey();
        if (transaction == null || !Arc.container().requestContext().isActive()) {
            return; // no transaction, or a scheduled job or a consumer: no request, no key
        }
        CurrentClaim claim = claims.get();
        if (claim.present() && claim.firstIn(transaction)) {
            store.markActed(claim.scope(), claim.key());
        }
    }
}

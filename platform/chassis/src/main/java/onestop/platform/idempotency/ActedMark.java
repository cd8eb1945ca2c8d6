package onestop.platform.idempotency;

import java.sql.SQLException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionScoped;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;

/**
 * Marks the claimed Idempotency-Key as acted on INSIDE every transaction the request begins: the mark commits if
 * and only if the request's work commits. So a process that dies after committing but before the answer is kept
 * leaves a key that says it acted, and a retry is refused (409) instead of acting twice; one that dies before
 * committing leaves a key that did not act, which a retry may take over. Requests that begin no transaction
 * change nothing and stay unmarked.
 */
@ApplicationScoped
class ActedMark {

    @Inject
    IdempotencyStore store;

    @Inject
    InjectableInstance<CurrentClaim> claims;

    // Quarkus fires this on the thread that began the transaction, after it began: the update joins it
    void onBegin(@Observes @Initialized(TransactionScoped.class) Object transaction) throws SQLException {
        if (!Arc.container().requestContext().isActive()) {
            return; // a scheduled job or a consumer: no request, no key
        }
        CurrentClaim claim = claims.get();
        if (claim.present()) {
            store.markActed(claim.scope(), claim.key());
        }
    }
}

package onestop.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key this request claimed, if any: what {@link ActedMark} marks when a transaction begins. */
@RequestScoped
class CurrentClaim {

    private String scope;
    private String key;
    private Object markedIn;

    void set(String scope, String key) {
        this.scope = scope;
        this.key = key;
        this.markedIn = null;
    }

    /** Whether this transaction has not marked the key yet (a nested transactional call marks nothing again). */
    boolean firstIn(Object transaction) {
        if (transaction.equals(markedIn)) {
            return false;
        }
        markedIn = transaction;
        return true;
    }

    void clear() {
        set(null, null);
    }

    boolean present() {
        return key != null;
    }

    String scope() {
        return scope;
    }

    String key() {
        return key;
    }
}

package onestop.platform.idempotency;

import jakarta.enterprise.context.RequestScoped;

/** The Idempotency-Key this request claimed, if any: what {@link ActedMark} marks when a transaction begins. */
@RequestScoped
class CurrentClaim {

    private String scope;
    private String key;

    void set(String scope, String key) {
        this.scope = scope;
        this.key = key;
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

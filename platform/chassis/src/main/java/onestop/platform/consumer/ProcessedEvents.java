package onestop.platform.consumer;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/** The record of events a consumer has handled, kept in the consumer's own database. */
@ApplicationScoped
public class ProcessedEvents {

    @Inject
    EntityManager em;

    /**
     * Records that {@code consumer} handles {@code eventId} in the current transaction.
     *
     * @return {@code true} the first time; {@code false} if it was handled before (skip it)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, String eventId) {
        return em.createNativeQuery("""
                insert into processed_event (consumer, event_id) values (?1, ?2)
                on conflict do nothing
                """).setParameter(1, consumer).setParameter(2, eventId).executeUpdate() == 1;
    }
}

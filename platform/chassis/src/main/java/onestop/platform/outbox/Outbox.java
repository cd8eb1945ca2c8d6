package onestop.platform.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.context.Context;
import onestop.platform.events.EventType;
import onestop.platform.requestid.RequestIds;
import onestop.platform.transaction.AfterCommit;

/**
 * Records an event in the same database transaction as the state change it describes, so that the
 * change and its event are committed together or not at all. The {@link OutboxRelay} publishes it to
 * Kafka afterwards as a CloudEvent keyed by the aggregate id.
 *
 * <pre>{@code
 * @Transactional
 * void grant(Application a) {
 *     a.grant(...);
 *     outbox.append(Events.APPLICATION_DECIDED, "application", a.id, new ApplicationDecided(...));
 * }
 * }</pre>
 */
@ApplicationScoped
public class Outbox {

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Inject
    OutboxConfig config;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    OutboxRelay relay;

    /**
     * Appends an event to the current transaction; the caller must be in one.
     *
     * @param type the event type
     * @param aggregateType what the event is about, e.g. {@code application}
     * @param aggregateId the id of that object: the Kafka key, so its events stay in order
     * @param data the event's data, serialised as JSON
     * @return the CloudEvents id of the new event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(EventType type, String aggregateType, Object aggregateId, Object data) {
        UUID eventId = UUID.randomUUID();
        Map<String, String> trace = new HashMap<>();
        telemetry.getPropagators().getTextMapPropagator().inject(Context.current(), trace, Map::put);
        em.createNativeQuery("""
                insert into outbox_event (event_id, topic, event_type, source, aggregate_type, aggregate_id,
                    payload, request_id, traceparent, tracestate)
                values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9, ?10)
                """)
                .setParameter(1, eventId)
                .setParameter(2, config.topic())
                .setParameter(3, type.value())
                .setParameter(4, config.source())
                .setParameter(5, aggregateType)
                .setParameter(6, String.valueOf(aggregateId))
                .setParameter(7, toJson(data))
                .setParameter(8, RequestIds.current())
                .setParameter(9, trace.get("traceparent"))
                .setParameter(10, trace.get("tracestate"))
                .executeUpdate();
        wakeRelayAfterCommit();
        return eventId;
    }

    private void wakeRelayAfterCommit() {
        AfterCommit.once(transactions, OutboxRelay.class, relay::wake);
    }

    private String toJson(Object data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event data cannot be written as JSON: " + data.getClass(), e);
        }
    }
}

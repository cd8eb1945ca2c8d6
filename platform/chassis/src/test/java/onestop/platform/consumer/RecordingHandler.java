package onestop.platform.consumer;

import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

/**
 * A consumer whose effect is a row per event; an event whose data says {@code poison} always fails, and one whose
 * data says {@code databaseAwayFor: n} finds the database unreachable the first n times it is handled; one whose
 * data says {@code brokenUntilFixed} fails until {@link #fixed} is set.
 */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    public static final String TOPIC = "onestop.inbound.v1";
    static final Map<String, AtomicInteger> DATABASE_AWAY = new ConcurrentHashMap<>();
    /** Whether the bug that fails events marked {@code brokenUntilFixed} has been fixed (a deploy, in real life). */
    static volatile boolean fixed;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Override
    public String name() {
        return "platformtest-recorder";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(CloudEvent event) throws Exception {
        JsonNode data = json.readTree(event.getData().toBytes());
        if (data.path("poison").asBoolean()) {
            throw new IllegalArgumentException("this event can never be handled");
        }
        if (data.path("brokenUntilFixed").asBoolean() && !fixed) {
            throw new IllegalStateException("a bug in this consumer, not yet fixed");
        }
        int away = data.path("databaseAwayFor").asInt();
        if (DATABASE_AWAY.computeIfAbsent(event.getId(), id -> new AtomicInteger()).incrementAndGet() <= away) {
            // what the pool throws while PostgreSQL restarts, wrapped as Hibernate and the transaction manager do
            throw new IllegalStateException("Unable to acquire JDBC Connection", new SQLException(
                    "Connection to localhost refused", "08001"));
        }
        em.createNativeQuery("insert into handled_event (event_id, subject, sequence) values (?1, ?2, ?3)")
                .setParameter(1, event.getId()).setParameter(2, data.path("subject").asText())
                .setParameter(3, data.path("sequence").asInt()).executeUpdate();
    }
}

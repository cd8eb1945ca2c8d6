package onestop.platform.consumer;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;

/** A consumer whose effect is a row per event; an event whose data says {@code poison} always fails. */
@ApplicationScoped
public class RecordingHandler implements EventHandler {

    public static final String TOPIC = "onestop.inbound.v1";

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
        em.createNativeQuery("insert into handled_event (event_id, subject, sequence) values (?1, ?2, ?3)")
                .setParameter(1, event.getId()).setParameter(2, data.path("subject").asText())
                .setParameter(3, data.path("sequence").asInt()).executeUpdate();
    }
}

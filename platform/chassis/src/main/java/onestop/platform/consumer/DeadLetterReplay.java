package onestop.platform.consumer;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.vertx.http.ManagementInterface;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import onestop.platform.events.Topics;

/**
 * Dead-lettered events seen and replayed by an operator, on the management port only (never the public one):
 * {@code GET /q/dead-letters} lists every event this service's consumers gave up on, with the error and whether it
 * has been replayed; {@code POST /q/dead-letters/replay} with {@code {}} (all), {@code {"consumer": name}} or
 * {@code {"ids": ["<dlq topic>:<partition>:<offset>"]}} hands each to its consumer again, once the cause is fixed.
 * A replay is idempotent: the consumer's processed-event mark skips an event already handled, and a replayed record
 * is marked in the same transaction as its effect ({@code dead_letter_replay}), so it is not replayed twice. An event
 * that did not come from its topic's publisher is never replayed. {@code deploy/local/replay-dead-letters} calls it.
 */
@ApplicationScoped
public class DeadLetterReplay {

    static final String PATH = "/q/dead-letters";
    private static final Logger LOG = Logger.getLogger(DeadLetterReplay.class);

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ProcessedEvents processed;

    @Inject
    EntityManager em;

    void routes(@Observes ManagementInterface management) {
        management.router().get(PATH).blockingHandler(context -> answer(context, 200, list()));
        management.router().post(PATH + "/replay").handler(BodyHandler.create().setBodyLimit(64 * 1024))
                .blockingHandler(this::replay);
    }

    private JsonObject list() {
        Set<String> replayed = replayedIds();
        JsonArray items = new JsonArray();
        for (DeadLetterTopics.DeadLetter dead : deadLetters()) {
            items.add(new JsonObject().put("id", dead.id()).put("consumer", dead.consumer())
                    .put("eventId", dead.eventId()).put("eventType", dead.eventType()).put("error", dead.error())
                    .put("originalTopic", dead.originalTopic()).put("deadLetteredAt", dead.deadLetteredAt().toString())
                    .put("replayed", replayed.contains(dead.id())));
        }
        return new JsonObject().put("items", items).put("total", items.size());
    }

    private void replay(RoutingContext context) {
        Optional<String> consumer;
        Set<String> ids;
        try {
            JsonObject body = context.body().isEmpty() ? new JsonObject() : context.body().asJsonObject();
            consumer = Optional.ofNullable(body.getString("consumer"));
            JsonArray named = body.getJsonArray("ids", new JsonArray());
            ids = named.stream().map(String.class::cast).collect(Collectors.toSet());
        } catch (RuntimeException e) {
            answer(context, 400, new JsonObject().put("title", "Bad replay request").put("status", 400)
                    .put("detail", "Send {} for every dead letter, {\"consumer\": name} or {\"ids\": [\"<topic>:"
                            + "<partition>:<offset>\"]}."));
            return;
        }
        Set<String> replayed = replayedIds();
        int done = 0;
        JsonArray failed = new JsonArray();
        for (DeadLetterTopics.DeadLetter dead : deadLetters()) {
            if (replayed.contains(dead.id()) || consumer.filter(c -> !c.equals(dead.consumer())).isPresent()
                    || (!ids.isEmpty() && !ids.contains(dead.id()))) {
                continue;
            }
            try {
                deliver(dead);
                done++;
            } catch (Exception e) {
                LOG.warnf("Replay of dead letter %s to %s failed: %s", dead.id(), dead.consumer(), e.toString());
                failed.add(new JsonObject().put("id", dead.id()).put("error", String.valueOf(e.getMessage())));
            }
        }
        answer(context, 200, new JsonObject().put("replayed", done).put("failed", failed));
    }

    private void deliver(DeadLetterTopics.DeadLetter dead) throws Exception {
        CloudEvent event = KafkaMessageFactory.createReader(dead.record()).toEvent();
        URI publisher = Topics.publisherOf(dead.originalTopic());
        if (!publisher.equals(event.getSource())) {
            throw new IllegalStateException("Not replayed: " + event.getSource() + " is not the publisher of "
                    + dead.originalTopic());
        }
        EventHandler handler = byName().get(dead.consumer());
        QuarkusTransaction.requiringNew().call(() -> {
            if (processed.firstDelivery(handler.name(), event.getId())) {
                handler.handle(event);
            }
            em.createNativeQuery("""
                    insert into dead_letter_replay (dlq_topic, dlq_partition, dlq_offset, consumer, replayed_at)
                    values (?1, ?2, ?3, ?4, ?5) on conflict do nothing""")
                    .setParameter(1, dead.topic()).setParameter(2, dead.partition()).setParameter(3, dead.offset())
                    .setParameter(4, dead.consumer()).setParameter(5, Instant.now()).executeUpdate();
            return null;
        });
        LOG.infof("Replayed dead letter %s (event %s) to %s", dead.id(), event.getId(), dead.consumer());
    }

    private List<DeadLetterTopics.DeadLetter> deadLetters() {
        Map<String, EventHandler> byName = byName();
        Set<String> topics = new HashSet<>();
        byName.values().forEach(h -> h.topics().forEach(t -> topics.add(t + ".dlq")));
        return topics.isEmpty() ? new ArrayList<>() : DeadLetterTopics.read(topics, byName.keySet());
    }

    private Map<String, EventHandler> byName() {
        return handlers.stream().collect(Collectors.toMap(EventHandler::name, h -> h));
    }

    @SuppressWarnings("unchecked")
    private Set<String> replayedIds() {
        return QuarkusTransaction.requiringNew().call(() -> ((List<Object[]>) em.createNativeQuery(
                "select dlq_topic, dlq_partition, dlq_offset from dead_letter_replay").getResultList()).stream()
                .map(row -> row[0] + ":" + row[1] + ":" + row[2]).collect(Collectors.toSet()));
    }

    private static void answer(RoutingContext context, int status, JsonObject body) {
        context.response().setStatusCode(status)
                .putHeader("Content-Type", status >= 400 ? "application/problem+json" : "application/json")
                .end(body.encode());
    }
}

package onestop.platform.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.cloudevents.CloudEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicReader;
import onestop.platform.testing.TopicWriter;

@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class IdempotentConsumerTest {

    private static final String TOPIC = RecordingHandler.TOPIC;

    @Inject
    EntityManager em;

    @Test
    void theSameEventDeliveredTwiceHasOneEffect() {
        String subject = "dup-" + UUID.randomUUID();
        CloudEvent event = TopicWriter.event(UUID.randomUUID().toString(), "onestop.test.thing.happened", subject,
                "{\"subject\":\"" + subject + "\",\"sequence\":1}");

        TopicWriter.send(TOPIC, subject, event);
        TopicWriter.send(TOPIC, subject, event);
        String marker = "marker-" + UUID.randomUUID();
        TopicWriter.send(TOPIC, subject, TopicWriter.event(UUID.randomUUID().toString(), "onestop.test.thing.happened",
                subject, "{\"subject\":\"" + marker + "\",\"sequence\":2}"));

        // the marker comes after both copies on the same partition: once it is handled, so are they
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handled(marker) == 1);
        assertThat(handled(subject)).isEqualTo(1);
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextIsStillHandled() {
        String key = "poison-" + UUID.randomUUID();
        String poisonId = UUID.randomUUID().toString();
        String next = "after-poison-" + UUID.randomUUID();
        try (TopicReader dlq = TopicReader.fromStart(TOPIC + ".dlq")) {
            TopicWriter.send(TOPIC, key, TopicWriter.event(poisonId, "onestop.test.thing.happened", key,
                    "{\"poison\":true}"));
            TopicWriter.sendRaw(TOPIC, key, "not a cloud event".getBytes(StandardCharsets.UTF_8));
            TopicWriter.send(TOPIC, key, TopicWriter.event(UUID.randomUUID().toString(), "onestop.test.thing.happened",
                    key, "{\"subject\":\"" + next + "\",\"sequence\":3}"));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handled(next) == 1);
            List<ConsumerRecord<String, String>> dead = dlq.await(2, r -> key.equals(r.key()), Duration.ofSeconds(10));
            assertThat(dead).hasSize(2);
            ConsumerRecord<String, String> poison = dead.get(0);
            assertThat(TopicReader.header(poison, "ce_id")).isEqualTo(poisonId);
            assertThat(TopicReader.header(poison, "dlq-consumer")).isEqualTo("platformtest-recorder");
            assertThat(TopicReader.header(poison, "dlq-error")).contains("this event can never be handled");
            assertThat(TopicReader.header(dead.get(1), "dlq-error")).isNotBlank();
            assertThat(dead.get(1).value()).isEqualTo("not a cloud event");
        }
    }

    @Test
    void anEventMetWhileTheDatabaseIsAwayIsHandledOnceItIsBackNeverDeadLettered() {
        String key = "db-away-" + UUID.randomUUID();
        String subject = "db-away-" + UUID.randomUUID();
        String next = "after-db-away-" + UUID.randomUUID();
        try (TopicReader dlq = TopicReader.fromStart(TOPIC + ".dlq")) {
            // away for more tries than the consumer makes for an event that fails on its own
            TopicWriter.send(TOPIC, key, TopicWriter.event(UUID.randomUUID().toString(), "onestop.test.thing.happened",
                    key, "{\"subject\":\"" + subject + "\",\"sequence\":1,\"databaseAwayFor\":5}"));
            TopicWriter.send(TOPIC, key, TopicWriter.event(UUID.randomUUID().toString(), "onestop.test.thing.happened",
                    key, "{\"subject\":\"" + next + "\",\"sequence\":2}"));

            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> handled(next) == 1);
            assertThat(handled(subject)).isEqualTo(1);
            // a dead-lettered copy would have been sent before the next event on the partition was handled
            Awaitility.await("no dead-lettered copy").during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(5))
                    .until(() -> dlq.records().stream().noneMatch(r -> key.equals(r.key())));
        }
    }

    @Test
    void anEventFromAnyoneButTheTopicsPublisherIsDeadLetteredUnhandled() {
        String key = "impostor-" + UUID.randomUUID();
        String impostor = "impostor-" + UUID.randomUUID();
        String genuine = "genuine-" + UUID.randomUUID();
        try (TopicReader dlq = TopicReader.fromStart(TOPIC + ".dlq")) {
            TopicWriter.sendFrom(URI.create("/onestop/licensing"), TOPIC, key, TopicWriter.event(
                    UUID.randomUUID().toString(), "onestop.test.thing.happened", key,
                    "{\"subject\":\"" + impostor + "\",\"sequence\":1}"));
            TopicWriter.send(TOPIC, key, TopicWriter.event(UUID.randomUUID().toString(), "onestop.test.thing.happened",
                    key, "{\"subject\":\"" + genuine + "\",\"sequence\":2}"));

            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> handled(genuine) == 1);
            assertThat(handled(impostor)).isZero();
            ConsumerRecord<String, String> dead = dlq.await(1, r -> key.equals(r.key()), Duration.ofSeconds(10)).get(0);
            assertThat(TopicReader.header(dead, "ce_source")).isEqualTo("/onestop/licensing");
            assertThat(TopicReader.header(dead, "dlq-error"))
                    .contains("only /onestop/inbound publishes on " + TOPIC);
        }
    }

    private long handled(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from handled_event where subject = ?1")
                .setParameter(1, subject).getSingleResult()).longValue());
    }
}

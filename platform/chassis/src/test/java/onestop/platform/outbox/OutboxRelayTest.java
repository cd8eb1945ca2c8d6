package onestop.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;

import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import onestop.platform.testing.EmbeddedKafka;
import onestop.platform.testing.OneStopTestInfrastructure;
import onestop.platform.testing.TopicReader;

@QuarkusTest
@WithTestResource(OneStopTestInfrastructure.class)
class OutboxRelayTest {

    private static final String TOPIC = "onestop.platformtest.v1";

    @Inject
    NoteService notes;

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @AfterEach
    void kafkaIsBack() {
        EmbeddedKafka.shared().start();
    }

    @Test
    void eventsArePublishedAsCloudEventsKeyedByAggregateInOrder() throws Exception {
        String a = "note-" + UUID.randomUUID();
        String b = "note-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromStart(TOPIC)) {
            for (int i = 1; i <= 5; i++) {
                notes.write(a, i);
                notes.write(b, i);
            }

            List<ConsumerRecord<String, String>> records = reader.await(10,
                    r -> a.equals(r.key()) || b.equals(r.key()), Duration.ofSeconds(90));

            assertThat(records).hasSize(10);
            assertThat(sequencesOf(records, a)).containsExactly(1, 2, 3, 4, 5);
            assertThat(sequencesOf(records, b)).containsExactly(1, 2, 3, 4, 5);
            ConsumerRecord<String, String> first = records.get(0);
            assertThat(TopicReader.header(first, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicReader.header(first, "ce_type")).isEqualTo("onestop.platformtest.note.written");
            assertThat(TopicReader.header(first, "ce_source")).isEqualTo("/onestop/platformtest");
            assertThat(TopicReader.header(first, "ce_id")).isNotBlank();
            assertThat(TopicReader.header(first, "content-type")).isEqualTo("application/json");
            assertThat(records.stream().map(r -> TopicReader.header(r, "ce_id")).distinct()).hasSize(10);
        }
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        String subject = "refused-" + UUID.randomUUID();

        assertThatThrownBy(() -> notes.writeThenFail(subject)).isInstanceOf(IllegalStateException.class);

        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1")
                .setParameter(1, subject).getSingleResult()).longValue());
        assertThat(rows).isZero();
    }

    @Test
    void whileKafkaIsDownWritesSucceedAndEventsWaitThenAllArriveOnceInOrder() throws Exception {
        String subject = "outage-" + UUID.randomUUID();
        try (TopicReader reader = TopicReader.fromStart(TOPIC)) {
            reader.records();
            EmbeddedKafka.shared().stop();

            for (int i = 1; i <= 6; i++) {
                notes.write(subject, i);
            }

            assertThat(unpublished(subject)).isEqualTo(6);
            // the gauge follows at the relay's next failed round, which a loaded machine can make slow
            Awaitility.await().atMost(Duration.ofSeconds(90)).until(() -> relay.backlog() >= 6);

            EmbeddedKafka.shared().start();

            List<ConsumerRecord<String, String>> records = reader.await(6, r -> subject.equals(r.key()),
                    Duration.ofSeconds(120));
            // marked published in the relay's transaction, which commits after the records are in Kafka
            Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> unpublished(subject) == 0);
            assertThat(sequencesOf(reader.records(), subject)).containsExactly(1, 2, 3, 4, 5, 6);
            assertThat(records).hasSize(6);
        }
    }

    private long unpublished(String subject) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_event where aggregate_id = ?1 and published_at is null")
                .setParameter(1, subject).getSingleResult()).longValue());
    }

    private List<Integer> sequencesOf(List<ConsumerRecord<String, String>> records, String key) {
        return records.stream().filter(r -> key.equals(r.key())).map(r -> {
            try {
                JsonNode data = json.readTree(r.value());
                return data.get("sequence").asInt();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }).collect(Collectors.toList());
    }

}

package onestop.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

import onestop.platform.kafka.KafkaClients;

/**
 * Reads what {@link DeadLetters} wrote: every record of the given {@code <topic>.dlq} topics that one of the named
 * consumers gave up on, from the first to the last, with no consumer group (nothing is committed or moved).
 */
final class DeadLetterTopics {

    /** One dead-lettered record, as the dead-letter topic holds it. */
    record DeadLetter(String topic, int partition, long offset, String consumer, String eventId, String eventType,
            String error, String originalTopic, Instant deadLetteredAt, ConsumerRecord<byte[], byte[]> record) {

        /** How an operator names it: {@code <topic>:<partition>:<offset>}. */
        String id() {
            return topic + ":" + partition + ":" + offset;
        }
    }

    private DeadLetterTopics() {
    }

    static List<DeadLetter> read(Collection<String> dlqTopics, Set<String> consumers) {
        Properties props = KafkaClients.properties();
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letter-reader-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        List<DeadLetter> found = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (String topic : dlqTopics) {
                List<PartitionInfo> infos = consumer.partitionsFor(topic, Duration.ofSeconds(10));
                if (infos != null) {
                    infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
                }
            }
            if (partitions.isEmpty()) {
                return found;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!readToEnd(consumer, ends) && System.nanoTime() < deadline) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    String by = header(record, "dlq-consumer");
                    if (by != null && consumers.contains(by)) {
                        found.add(new DeadLetter(record.topic(), record.partition(), record.offset(), by,
                                header(record, "ce_id"), header(record, "ce_type"), firstLine(header(record, "dlq-error")),
                                header(record, "dlq-original-topic"), Instant.ofEpochMilli(record.timestamp()), record));
                    }
                }
            }
        }
        return found;
    }

    private static boolean readToEnd(KafkaConsumer<byte[], byte[]> consumer, Map<TopicPartition, Long> ends) {
        return ends.entrySet().stream().allMatch(end -> consumer.position(end.getKey()) >= end.getValue());
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static String firstLine(String text) {
        return text == null ? null : text.lines().findFirst().orElse("");
    }
}

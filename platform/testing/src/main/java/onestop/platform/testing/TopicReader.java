package onestop.platform.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;

/**
 * Reads a topic of the test broker from its beginning, as an outside observer (its own consumer group),
 * so tests can assert which events were published, with which key and headers, and in which order.
 */
public final class TopicReader implements AutoCloseable {

    private final KafkaConsumer<String, String> consumer;
    private final List<ConsumerRecord<String, String>> seen = new ArrayList<>();

    private TopicReader(String topic) {
        Properties props = new Properties();
        props.put("bootstrap.servers", EmbeddedKafka.shared().bootstrapServers());
        props.put("group.id", "test-reader-" + UUID.randomUUID());
        props.put("auto.offset.reset", "earliest");
        props.put("enable.auto.commit", "false");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(topic));
    }

    public static TopicReader fromStart(String topic) {
        return new TopicReader(topic);
    }

    /** Everything read so far, after one more poll. */
    public synchronized List<ConsumerRecord<String, String>> records() {
        consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
        return List.copyOf(seen);
    }

    /** Waits (up to {@code timeout}) until at least {@code count} records match, and returns all that match. */
    public List<ConsumerRecord<String, String>> await(int count, Predicate<ConsumerRecord<String, String>> matching,
            Duration timeout) {
        List<ConsumerRecord<String, String>> result = new ArrayList<>();
        Awaitility.await().atMost(timeout).pollInterval(Duration.ofMillis(100)).until(() -> {
            result.clear();
            records().stream().filter(matching).forEach(result::add);
            return result.size() >= count;
        });
        return result;
    }

    /** The value of a header as text, or {@code null}; CloudEvents attributes are {@code ce_<name>}. */
    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    /** Records whose CloudEvents type ({@code ce_type}) is {@code type}. */
    public static Predicate<ConsumerRecord<String, String>> ofType(String type) {
        return record -> type.equals(header(record, "ce_type"));
    }

    @Override
    public synchronized void close() {
        consumer.close(Duration.ofSeconds(2));
    }

    /** The partitions assigned, for diagnostics. */
    public synchronized List<TopicPartition> assignment() {
        return List.copyOf(consumer.assignment());
    }
}

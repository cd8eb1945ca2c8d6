package onestop.platform.consumer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import onestop.platform.kafka.KafkaClients;

/**
 * Sends an event that could not be handled to {@code <topic>.dlq}: the original key, value and headers,
 * plus {@code dlq-consumer}, {@code dlq-error}, {@code dlq-original-topic}, {@code -partition} and
 * {@code -offset}, so that it can be inspected and replayed.
 */
@ApplicationScoped
public class DeadLetters {

    private KafkaProducer<byte[], byte[]> producer;

    /** Sends and waits for the acknowledgement; throws if the dead-letter topic cannot be written. */
    public synchronized void send(String consumer, ConsumerRecord<byte[], byte[]> record, Throwable error)
            throws Exception {
        ProducerRecord<byte[], byte[]> dead = new ProducerRecord<>(record.topic() + ".dlq", record.key(),
                record.value());
        for (Header header : record.headers()) {
            dead.headers().add(header);
        }
        dead.headers().add("dlq-consumer", bytes(consumer));
        dead.headers().add("dlq-error", bytes(describe(error)));
        dead.headers().add("dlq-original-topic", bytes(record.topic()));
        dead.headers().add("dlq-original-partition", bytes(String.valueOf(record.partition())));
        dead.headers().add("dlq-original-offset", bytes(String.valueOf(record.offset())));
        try {
            producer().send(dead).get(15, TimeUnit.SECONDS);
        } catch (Exception e) {
            // start afresh next time rather than reuse a producer that may have given up
            close();
            throw e;
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("\ncaused by: ").append(cause);
        }
        StackTraceElement[] frames = error.getStackTrace();
        for (int i = 0; i < Math.min(frames.length, 12); i++) {
            text.append("\n\tat ").append(frames[i]);
        }
        return text.length() > 4000 ? text.substring(0, 4000) : text.toString();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private KafkaProducer<byte[], byte[]> producer() {
        if (producer == null) {
            Properties props = KafkaClients.properties();
            props.putAll(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 10000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 15000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000));
            producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(Duration.ofSeconds(2));
            producer = null;
        }
    }
}

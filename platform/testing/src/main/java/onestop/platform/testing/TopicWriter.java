package onestop.platform.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.CloudEventSerializer;

/**
 * Publishes events to the test broker as another service would, so that a consumer can be tested with
 * chosen events, duplicates and malformed records included.
 */
public final class TopicWriter {

    private TopicWriter() {
    }

    /** A CloudEvent with JSON data, as the outbox relay writes them. */
    public static CloudEvent event(String id, String type, String subject, String json) {
        return CloudEventBuilder.v1().withId(id).withType(type).withSource(URI.create("/onestop/test"))
                .withSubject(subject).withTime(OffsetDateTime.now()).withDataContentType("application/json")
                .withData(json.getBytes(StandardCharsets.UTF_8)).build();
    }

    /**
     * Sends a CloudEvent (binary mode) as the topic's own publisher would: with the source
     * {@code /onestop/<service>} of the topic {@code onestop.<service>.v<n>}. Waits for the broker's acknowledgement.
     */
    public static void send(String topic, String key, CloudEvent event) {
        String service = topic.split("\\.")[1];
        sendFrom(URI.create("/onestop/" + service), topic, key, event);
    }

    /** Sends a CloudEvent claiming the given {@code source}, as an impostor on the topic would. */
    public static void sendFrom(URI source, String topic, String key, CloudEvent event) {
        Properties props = props();
        event = CloudEventBuilder.from(event).withSource(source).build();
        try (KafkaProducer<String, CloudEvent> producer = new KafkaProducer<>(props, new StringSerializer(),
                new CloudEventSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, event)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send the test event", e);
        }
    }

    /** Sends raw bytes without CloudEvents headers: a record no consumer can read. */
    public static void sendRaw(String topic, String key, byte[] value) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props(), new StringSerializer(),
                new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not send the test record", e);
        }
    }

    private static Properties props() {
        Properties props = new Properties();
        props.put("bootstrap.servers", EmbeddedKafka.shared().bootstrapServers());
        props.put("acks", "all");
        return props;
    }
}

package onestop.platform.consumer;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.message.MessageReader;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import onestop.platform.events.Topics;
import onestop.platform.kafka.KafkaClients;
import onestop.platform.problem.DatabaseBusy;
import onestop.platform.requestid.RequestIds;

/**
 * The poll loop of one {@link EventHandler}: dead-letters at once an event its topic's publisher did not send
 * ({@link Topics#publisherOf}), handles each other record in its own transaction together with
 * the processed-event mark, retries a failing record, dead-letters it after the last attempt, and
 * commits offsets only after the records before them are handled or dead-lettered.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    private final EventHandler handler;
    private final ProcessedEvents processed;
    private final DeadLetters deadLetters;
    private final java.util.concurrent.atomic.AtomicLong deadLettered = new java.util.concurrent.atomic.AtomicLong();
    private final ConsumerConfig config;
    private final OpenTelemetry telemetry;
    private final Properties props;
    /** Created on the loop's own thread when it starts, not on the service's main thread while it starts. */
    private volatile KafkaConsumer<byte[], byte[]> consumer;
    private volatile boolean running = true;
    private volatile Instant lastPoll = Instant.now();

    ConsumerLoop(EventHandler handler, ProcessedEvents processed, DeadLetters deadLetters, ConsumerConfig config,
            OpenTelemetry telemetry) {
        this.handler = handler;
        this.processed = processed;
        this.deadLetters = deadLetters;
        this.config = config;
        this.telemetry = telemetry;
        handler.topics().forEach(Topics::publisherOf); // a topic nobody can own is a mistake found at startup
        Properties props = KafkaClients.properties();
        props.put("group.id", handler.name());
        props.put("client.id", handler.name() + "-consumer");
        props.put("enable.auto.commit", "false");
        props.put("auto.offset.reset", "earliest");
        props.put("isolation.level", "read_committed");
        props.put("max.poll.records", "100");
        this.props = props;
    }

    String name() {
        return handler.name();
    }

    Instant lastPoll() {
        return lastPoll;
    }

    /** How many records this consumer is behind on its partitions at most (the client's own records-lag-max). */
    double lag() {
        KafkaConsumer<byte[], byte[]> consumer = this.consumer;
        if (consumer == null) {
            return 0;
        }
        return consumer.metrics().entrySet().stream()
                .filter(m -> m.getKey().name().equals("records-lag-max")
                        && m.getKey().group().equals("consumer-fetch-manager-metrics")
                        && !m.getKey().tags().containsKey("topic"))
                .mapToDouble(m -> m.getValue().metricValue() instanceof Number n ? n.doubleValue() : 0)
                .filter(v -> !Double.isNaN(v)).max().orElse(0);
    }

    /** Records this consumer has sent to a dead-letter topic since it started. */
    long deadLettered() {
        return deadLettered.get();
    }

    void stop() {
        running = false;
        // the loop reads running after it has set consumer: either it sees the stop or this sees its consumer
        KafkaConsumer<byte[], byte[]> consumer = this.consumer;
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    @Override
    public void run() {
        try {
            consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s could not start", handler.name());
            return;
        }
        try {
            consumer.subscribe(List.copyOf(handler.topics()));
            int failures = 0;
            while (running) {
                try {
                    ConsumerRecords<byte[], byte[]> records = consumer.poll(Duration.ofMillis(500));
                    lastPoll = Instant.now();
                    if (!records.isEmpty()) {
                        handleAll(records);
                    }
                    failures = 0;
                } catch (WakeupException e) {
                    if (running) {
                        throw e;
                    }
                } catch (RuntimeException e) {
                    // Kafka unreachable at commit, a rebalance, a database outage: handled records may be
                    // read again, which the processed-event log makes harmless. Keep the loop alive.
                    failures++;
                    LOG.warnf("Consumer %s: %s (retrying)", handler.name(), e.toString());
                    pause(Math.min(30_000L, 500L << Math.min(failures, 6)));
                }
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "Consumer %s stopped", handler.name());
        } finally {
            consumer.close(Duration.ofSeconds(5));
        }
    }

    private void handleAll(ConsumerRecords<byte[], byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (!running || !handleOrDeadLetter(record)) {
                    // The dead-letter topic is unreachable: read this record again after a pause.
                    consumer.seek(partition, record.offset());
                    break;
                }
                done.put(partition, new OffsetAndMetadata(record.offset() + 1));
            }
        }
        if (!done.isEmpty()) {
            consumer.commitSync(done);
        }
    }

    /**
     * @return false if the record is neither handled nor dead-lettered and must be read again (the dead-letter
     *         topic or the consumer's own database cannot be reached)
     */
    private boolean handleOrDeadLetter(ConsumerRecord<byte[], byte[]> record) {
        CloudEvent event;
        try {
            MessageReader reader = KafkaMessageFactory.createReader(record);
            event = reader.toEvent();
        } catch (RuntimeException e) {
            return deadLetter(record, e);
        }
        URI publisher = Topics.publisherOf(record.topic());
        if (!publisher.equals(event.getSource())) {
            return deadLetter(record, new ForeignEvent("Event " + event.getId() + " claims the source "
                    + event.getSource() + " but only " + publisher + " publishes on " + record.topic()));
        }
        Exception last = null;
        long backoff = config.retryBackoff().toMillis();
        for (int attempt = 1; attempt <= config.maxAttempts(); attempt++) {
            try {
                handle(event);
                return true;
            } catch (Exception e) {
                if (DatabaseBusy.in(e).isPresent()) {
                    // Our own database is away (down, restarting, its pool exhausted): no fault of the event's, so
                    // it is not an attempt and never dead-lettered; the record is read again after a pause.
                    LOG.warnf("Consumer %s cannot reach its database for event %s, will read it again: %s",
                            handler.name(), event.getId(), e.toString());
                    pause(config.retryBackoff().toMillis() * 10);
                    return false;
                }
                last = e;
                LOG.warnf("Consumer %s failed on event %s (%s), attempt %d of %d: %s", handler.name(),
                        event.getId(), event.getType(), attempt, config.maxAttempts(), e.toString());
                if (attempt < config.maxAttempts() && !pause(backoff)) {
                    return false;
                }
                backoff *= 2;
            }
        }
        return deadLetter(record, last);
    }

    private void handle(CloudEvent event) throws Exception {
        Context parent = telemetry.getPropagators().getTextMapPropagator().extract(Context.root(), event, EXTENSIONS);
        Span span = telemetry.getTracer("onestop-consumer").spanBuilder("consume " + event.getType())
                .setParent(parent).setSpanKind(SpanKind.CONSUMER).startSpan();
        Object requestId = event.getExtension("requestid");
        if (requestId != null) {
            MDC.put(RequestIds.MDC_KEY, requestId.toString());
        }
        try (Scope ignored = span.makeCurrent()) {
            QuarkusTransaction.requiringNew().call(() -> {
                if (processed.firstDelivery(handler.name(), event.getId())) {
                    handler.handle(event);
                }
                return null;
            });
        } catch (RuntimeException e) {
            span.recordException(e);
            throw e;
        } finally {
            span.end();
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    private boolean deadLetter(ConsumerRecord<byte[], byte[]> record, Exception error) {
        try {
            deadLetters.send(handler.name(), record, error);
            deadLettered.incrementAndGet();
            LOG.errorf("Consumer %s sent %s-%d@%d to the dead-letter topic: %s", handler.name(), record.topic(),
                    record.partition(), record.offset(), error.toString());
            return true;
        } catch (Exception e) {
            LOG.errorf("Consumer %s could not dead-letter %s-%d@%d, will retry: %s", handler.name(), record.topic(),
                    record.partition(), record.offset(), e.toString());
            pause(config.retryBackoff().toMillis() * 10);
            return false;
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
            return false;
        }
    }

    /** An event on a topic whose publisher did not send it: never handled, kept in the dead-letter topic. */
    static final class ForeignEvent extends Exception {

        ForeignEvent(String message) {
            super(message, null, false, false);
        }
    }

    private static final TextMapGetter<CloudEvent> EXTENSIONS = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(CloudEvent event) {
            return event.getExtensionNames();
        }

        @Override
        public String get(CloudEvent event, String key) {
            Object value = event == null ? null : event.getExtension(key);
            return value == null ? null : value.toString();
        }
    };
}

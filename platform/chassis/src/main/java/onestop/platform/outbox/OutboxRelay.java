package onestop.platform.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.jboss.logging.Logger;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.CloudEventSerializer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

import onestop.platform.kafka.KafkaClients;

/**
 * Publishes the {@link Outbox}'s rows to Kafka, in order, as CloudEvents (binary mode, JSON data) keyed
 * by aggregate id, with an idempotent producer and {@code acks=all}.
 *
 * <p>One round runs in one transaction: it takes a PostgreSQL advisory lock so that a single replica
 * publishes at a time (which keeps per-key order across replicas), claims the oldest rows with
 * {@code FOR UPDATE SKIP LOCKED}, sends them, waits for every acknowledgement and marks the acknowledged
 * ones published. A crash between send and commit re-sends rows: delivery is at least once, and
 * consumers drop duplicates by event id. While Kafka is unreachable the rows wait and the relay backs
 * off exponentially. Local commits wake it at once; rows from other processes are seen by polling.
 * The backlog is the gauge {@code onestop.outbox.backlog}.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final long LEADER_LOCK = 0x6f6e6573746f70L; // "onestop"

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    private final Semaphore wakeUp = new Semaphore(0);
    private final AtomicLong backlog = new AtomicLong();
    private volatile boolean running;
    private volatile boolean topicsReady;
    private Thread thread;
    private KafkaProducer<String, CloudEvent> producer;
    private Counter published;
    private Counter failures;

    void start(@Observes StartupEvent event) {
        metrics.gauge("onestop.outbox.backlog", backlog);
        published = metrics.counter("onestop.outbox.published");
        failures = metrics.counter("onestop.outbox.failures");
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled in this process");
            return;
        }
        running = true;
        thread = new Thread(this::run, "outbox-relay");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        running = false;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        closeProducer();
    }

    /** Asks the relay to look for new rows now (called after a transaction that appended events commits). */
    public void wake() {
        wakeUp.release();
    }

    /** Rows not yet published, as of the relay's last round. */
    public long backlog() {
        return backlog.get();
    }

    private void run() {
        int failed = 0;
        while (running) {
            try {
                wakeUp.drainPermits();
                ensureTopics();
                Round round = publishBatch();
                backlog.set(countUnpublished());
                if (round.error() != null) {
                    throw round.error();
                }
                failed = 0;
                if (round.published() < config.batchSize()) {
                    wakeUp.tryAcquire(config.pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failed++;
                failures.increment();
                closeProducer();
                refreshBacklog();
                long wait = Math.min(config.maxBackoff().toMillis(), 250L << Math.min(failed, 10));
                LOG.warnf("Outbox relay could not publish (attempt %d, next in %d ms): %s", failed, wait,
                        e.getMessage());
                if (!pause(wait)) {
                    return;
                }
            }
        }
    }

    private record Round(int published, Exception error) {
    }

    private Round publishBatch() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            Object leader = em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                    .setParameter(1, LEADER_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(leader)) {
                return new Round(0, null);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    select id, event_id, topic, event_type, source, aggregate_type, aggregate_id,
                           payload::text, request_id, traceparent, tracestate, created_at
                    from outbox_event where published_at is null
                    order by id limit ?1 for update skip locked
                    """).setParameter(1, config.batchSize()).getResultList();
            if (rows.isEmpty()) {
                return new Round(0, null);
            }
            KafkaProducer<String, CloudEvent> kafka = producer();
            List<Future<RecordMetadata>> sends = new ArrayList<>(rows.size());
            for (Object[] row : rows) {
                String key = (String) row[6];
                sends.add(kafka.send(new ProducerRecord<>((String) row[2], key, OutboxRows.toCloudEvent(row))));
            }
            // No flush(): an idempotent producer that cannot reach a broker may never complete one.
            // Waiting on each acknowledgement against one deadline keeps a round bounded. The deadline lies past
            // the producer's delivery timeout, by when it has settled every send: giving up earlier would leave a
            // send in flight that may still succeed, and the next round would publish the row a second time.
            long deadline = System.nanoTime() + deliveryTimeoutMillis() * 1_000_000L + 1_000_000_000L;
            List<Long> done = new ArrayList<>();
            Exception error = null;
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    done.add(((Number) rows.get(i)[0]).longValue());
                } catch (ExecutionException | TimeoutException e) {
                    error = e instanceof ExecutionException ? (Exception) e.getCause() : e;
                    em.createNativeQuery("update outbox_event set attempts = attempts + 1, last_error = ?2 where id = ?1")
                            .setParameter(1, rows.get(i)[0]).setParameter(2, String.valueOf(error.getMessage()))
                            .executeUpdate();
                    break;
                }
            }
            if (!done.isEmpty()) {
                em.createNativeQuery("update outbox_event set published_at = now() where id in (?1)")
                        .setParameter(1, done).executeUpdate();
                published.increment(done.size());
            }
            return new Round(done.size(), error);
        });
    }

    private void refreshBacklog() {
        try {
            backlog.set(countUnpublished());
        } catch (RuntimeException e) {
            LOG.debug("Could not count the outbox backlog", e);
        }
    }

    private long countUnpublished() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em
                .createNativeQuery("select count(*) from outbox_event where published_at is null")
                .getSingleResult()).longValue());
    }

    private void ensureTopics() throws Exception {
        if (topicsReady) {
            return;
        }
        Properties props = KafkaClients.properties();
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5000);
        try (Admin admin = Admin.create(props)) {
            for (String topic : List.of(config.topic(), config.topic() + ".dlq")) {
                try {
                    admin.createTopics(List.of(new NewTopic(topic, config.partitions(), config.replicationFactor())))
                            .all().get(10, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
        topicsReady = true;
    }

    private KafkaProducer<String, CloudEvent> producer() {
        if (producer == null) {
            Properties props = KafkaClients.properties();
            props.putAll(Map.of(
                    ProducerConfig.CLIENT_ID_CONFIG, "outbox-relay-" + config.source().replace('/', '-'),
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 2,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, 5000,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, deliveryTimeoutMillis()));
            producer = new KafkaProducer<>(props, new StringSerializer(), new CloudEventSerializer());
        }
        return producer;
    }

    // Kafka requires delivery.timeout.ms >= linger.ms + request.timeout.ms
    private int deliveryTimeoutMillis() {
        return (int) Math.max(config.sendTimeout().toMillis(), 5002);
    }

    private void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException e) {
                LOG.debug("Closing the outbox producer failed", e);
            }
            producer = null;
        }
    }

    private boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}

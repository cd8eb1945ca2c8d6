package onestop.platform.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Refreshes every {@link StoredGauge} the service declares, plus the chassis' own: emails given up on, and the age
 * of the oldest event not yet published. Runs in every replica (each publishes what the shared database says).
 */
@ApplicationScoped
public class StoredGauges {

    private static final Logger LOG = Logger.getLogger(StoredGauges.class);
    static final List<StoredGauge> CHASSIS = List.of(
            StoredGauge.of("onestop.mail.failed", "Emails the mail relay gave up on",
                    "select count(*) from mail_outbox where given_up_at is not null"),
            StoredGauge.of("onestop.outbox.oldest.age.seconds", "Age of the oldest event not yet published (0: none)",
                    "select coalesce(extract(epoch from now() - min(created_at)), 0) from outbox_event "
                            + "where published_at is null"));

    @Inject
    Instance<StoredGaugeSource> sources;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry registry;

    private final Map<String, AtomicReference<Double>> single = new ConcurrentHashMap<>();
    private final Map<String, MultiGauge> tagged = new ConcurrentHashMap<>();

    @Scheduled(every = "${onestop.metrics.stored-every:30s}", delayed = "5s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    void refresh() {
        for (StoredGauge gauge : gauges()) {
            try {
                if (gauge.tag() == null) {
                    double value = QuarkusTransaction.requiringNew().call(() -> ((Number) em
                            .createNativeQuery(gauge.sql()).getSingleResult()).doubleValue());
                    single.computeIfAbsent(gauge.name(), name -> register(gauge)).set(value);
                } else {
                    List<Object[]> rows = rows(gauge.sql());
                    List<MultiGauge.Row<?>> values = new ArrayList<>();
                    for (Object[] row : rows) {
                        values.add(MultiGauge.Row.of(Tags.of(gauge.tag(), String.valueOf(row[0])),
                                ((Number) row[1]).doubleValue()));
                    }
                    tagged.computeIfAbsent(gauge.name(), name -> MultiGauge.builder(name)
                            .description(gauge.description()).register(registry)).register(values, true);
                }
            } catch (RuntimeException e) {
                // a database away now is seen in the health checks; the gauge keeps its last value
                LOG.debugf("Could not refresh %s: %s", gauge.name(), e);
            }
        }
    }

    private List<StoredGauge> gauges() {
        List<StoredGauge> all = new ArrayList<>(CHASSIS);
        sources.forEach(source -> all.addAll(source.gauges()));
        return all;
    }

    private AtomicReference<Double> register(StoredGauge gauge) {
        AtomicReference<Double> value = new AtomicReference<>(0.0);
        Gauge.builder(gauge.name(), value, AtomicReference::get).description(gauge.description()).register(registry);
        return value;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> (List<Object[]>) em.createNativeQuery(sql).getResultList());
    }
}

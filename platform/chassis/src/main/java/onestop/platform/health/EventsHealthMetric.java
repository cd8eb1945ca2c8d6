package onestop.platform.health;

import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.health.SmallRyeHealthReporter;

/**
 * The health group {@code events} (Kafka brokers and event consumers) as the gauge {@code onestop.events.up}
 * ({@code onestop_events_up}: 1 up, 0 down), so that an alert can say when events stop flowing although the
 * service, which stays ready, keeps serving. Evaluated on a schedule rather than at each scrape: while Kafka is
 * away the broker check waits for its timeout, which must not hold up the scrape.
 */
@ApplicationScoped
public class EventsHealthMetric {

    public static final String GROUP = "events";

    private final AtomicInteger up = new AtomicInteger(1);

    @Inject
    SmallRyeHealthReporter health;

    @Inject
    MeterRegistry metrics;

    void register(@jakarta.enterprise.event.Observes StartupEvent start) {
        metrics.gauge("onestop.events.up", up);
    }

    @Scheduled(every = "${onestop.events.health-every:15s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = Scheduled.ApplicationNotRunning.class)
    public void evaluate() {
        up.set(health.getHealthGroup(GROUP).isDown() ? 0 : 1);
    }

    /** The last evaluation: whether the events group was up. */
    public boolean up() {
        return up.get() == 1;
    }
}

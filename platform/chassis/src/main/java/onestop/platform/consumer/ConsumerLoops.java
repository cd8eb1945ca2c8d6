package onestop.platform.consumer;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.opentelemetry.api.OpenTelemetry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthGroup;

/**
 * Starts one {@link ConsumerLoop} per {@link EventHandler} bean on threads owned by the application,
 * stops them on shutdown, and reports them in the health group {@code events} ({@code /q/health/group/events}):
 * down if a loop has died or stalled. Not in readiness: a service with a stuck consumer still serves requests.
 */
@ApplicationScoped
@HealthGroup("events")
public class ConsumerLoops implements HealthCheck {

    @Inject
    Instance<EventHandler> handlers;

    @Inject
    ProcessedEvents processed;

    @Inject
    DeadLetters deadLetters;

    @Inject
    ConsumerConfig config;

    @Inject
    OpenTelemetry telemetry;

    @Inject
    MeterRegistry metrics;


    private final List<ConsumerLoop> loops = new CopyOnWriteArrayList<>();
    private final List<java.util.concurrent.Future<?>> running = new CopyOnWriteArrayList<>();
    private ExecutorService threads;

    void start(@Observes StartupEvent event) {
        if (!config.enabled() || handlers.isUnsatisfied()) {
            return;
        }
        AtomicInteger n = new AtomicInteger();
        threads = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "event-consumer-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, processed, deadLetters, config, telemetry);
            loops.add(loop);
            // read by each scrape: the consumer client's metrics are thread-safe to read
            Gauge.builder("onestop.consumer.lag", loop, ConsumerLoop::lag).tag("consumer", loop.name())
                    .description("Records the consumer is behind, at most, on one partition").register(metrics);
            FunctionCounter.builder("onestop.consumer.dead.lettered", loop, ConsumerLoop::deadLettered)
                    .tag("consumer", loop.name()).description("Events sent to a dead-letter topic since start")
                    .register(metrics);
            running.add(threads.submit(loop));
        }
    }

    void stop(@Observes ShutdownEvent event) {
        loops.forEach(ConsumerLoop::stop);
        if (threads != null) {
            threads.shutdown();
            try {
                threads.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder health = HealthCheckResponse.named("event-consumers").up();
        Instant stalled = Instant.now().minus(config.stallAfter());
        for (int i = 0; i < loops.size(); i++) {
            ConsumerLoop loop = loops.get(i);
            String state = running.get(i).isDone() ? "stopped"
                    : loop.lastPoll().isBefore(stalled) ? "stalled" : "running";
            health.withData(loop.name(), state);
            if (!state.equals("running")) {
                health.down();
            }
        }
        return health.build();
    }
}

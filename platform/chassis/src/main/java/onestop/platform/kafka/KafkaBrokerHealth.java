package onestop.platform.kafka;

import java.util.Properties;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.health.api.HealthGroup;

/**
 * Whether the Kafka brokers answer, in the health group {@code events} ({@code /q/health/group/events}), not in
 * readiness: while Kafka is away a service still serves every request (its events wait in the outbox), so an
 * outage must not take it out of its load balancer. A process that uses no Kafka turns it off
 * ({@code onestop.kafka.health.enabled=false}).
 */
@ApplicationScoped
@HealthGroup("events")
public class KafkaBrokerHealth implements HealthCheck {

    private final boolean enabled;
    private Admin admin;

    KafkaBrokerHealth(@ConfigProperty(name = "onestop.kafka.health.enabled", defaultValue = "true") boolean enabled) {
        this.enabled = enabled;
    }

    @Override
    public HealthCheckResponse call() {
        if (!enabled) {
            return HealthCheckResponse.named("kafka-brokers").up().withData("used", false).build();
        }
        try {
            int brokers = admin().describeCluster(new DescribeClusterOptions().timeoutMs(3000)).nodes()
                    .get(4, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("kafka-brokers").status(brokers > 0).withData("brokers", brokers).build();
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return HealthCheckResponse.named("kafka-brokers").down().withData("error", e.toString()).build();
        }
    }

    private synchronized Admin admin() {
        if (admin == null) {
            Properties props = KafkaClients.properties();
            props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 3000);
            props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
            admin = Admin.create(props);
        }
        return admin;
    }

    @PreDestroy
    synchronized void close() {
        if (admin != null) {
            admin.close(java.time.Duration.ofSeconds(2));
        }
    }
}

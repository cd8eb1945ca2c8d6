package onestop.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Startup;
import org.flywaydb.core.Flyway;

/**
 * Startup ({@code /q/health/started}): the database schema is migrated, no Flyway migration pending. Flyway runs
 * before the service starts ({@code quarkus.flyway.migrate-at-start}), so a long migration keeps the startup probe
 * failing, and Kubernetes waits for it (up to the probe's allowance) instead of killing the pod for liveness.
 */
@Startup
@ApplicationScoped
public class MigrationsApplied implements HealthCheck {

    @Inject
    Instance<Flyway> flyway;

    @Override
    public HealthCheckResponse call() {
        if (!flyway.isResolvable()) {
            return HealthCheckResponse.named("database-migrations").up().withData("used", false).build();
        }
        try {
            int pending = flyway.get().info().pending().length;
            return HealthCheckResponse.named("database-migrations").status(pending == 0)
                    .withData("pending", pending).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("database-migrations").down().withData("error", e.toString()).build();
        }
    }
}

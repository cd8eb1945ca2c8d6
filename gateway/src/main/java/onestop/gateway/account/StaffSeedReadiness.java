package onestop.gateway.account;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Readiness ({@code /q/health/ready}): the staff accounts from configuration were seeded, or are being. */
@Readiness
@ApplicationScoped
public class StaffSeedReadiness implements HealthCheck {

    private final StaffSeed seed;

    StaffSeedReadiness(StaffSeed seed) {
        this.seed = seed;
    }

    @Override
    public HealthCheckResponse call() {
        return seed.state();
    }
}

package onestop.platform.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;

/**
 * In the {@code prod} profile a service refuses to start while a development default is in force: the
 * database password everyone knows, forwarded headers believed from anyone, and whatever a service adds
 * ({@link Source}, e.g. the gateway's made-up staff passwords). {@code ONESTOP_ALLOW_INSECURE_DEFAULTS}
 * (comma-separated names) keeps one knowingly, with a warning at every start.
 */
@ApplicationScoped
public class InsecureDefaults {

    private static final Logger LOG = Logger.getLogger(InsecureDefaults.class);

    /** The database password of the development defaults and the examples. */
    static final String KNOWN_DATABASE_PASSWORD = "onestop";

    /** A service's own development defaults, checked with the platform's. */
    public interface Source {
        List<InsecureDefault> inForce();
    }

    @Inject
    Config config;

    @Inject
    Instance<Source> sources;

    // before every other start-up work, so that nothing runs on a default that is about to be refused
    void refuseInProduction(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent start) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        List<InsecureDefault> found = new ArrayList<>(inForce(key -> config.getOptionalValue(key, String.class)));
        sources.forEach(source -> found.addAll(source.inForce()));
        Set<String> allowed = allowed(config.getOptionalValue("onestop.allow-insecure-defaults", String.class));
        List<InsecureDefault> refused = refused(found, allowed);
        found.stream().filter(d -> allowed.contains(d.name())).forEach(d -> LOG.warnf(
                "Running with the insecure default '%s', allowed by ONESTOP_ALLOW_INSECURE_DEFAULTS: %s", d.name(), d.fix()));
        if (!refused.isEmpty()) {
            throw new IllegalStateException(message(refused));
        }
    }

    /** The platform's own defaults in force under the given configuration. */
    static List<InsecureDefault> inForce(Function<String, Optional<String>> setting) {
        List<InsecureDefault> found = new ArrayList<>();
        if (setting.apply("quarkus.datasource.password").map(KNOWN_DATABASE_PASSWORD::equals).orElse(false)) {
            found.add(new InsecureDefault("db-password",
                    "set DB_PASSWORD (or QUARKUS_DATASOURCE_PASSWORD) to the database's own password"));
        }
        boolean forwarding = setting.apply("quarkus.http.proxy.proxy-address-forwarding").map(Boolean::parseBoolean)
                .orElse(false);
        boolean trusted = setting.apply("quarkus.http.proxy.trusted-proxies").filter(v -> !v.isBlank()).isPresent();
        if (forwarding && !trusted) {
            found.add(new InsecureDefault("forwarded-from-anyone",
                    "name the load balancers in ONESTOP_TRUSTED_PROXIES, or set ONESTOP_PROXY_FORWARDING=false"));
        }
        if (setting.apply("onestop.clock.movable").map(Boolean::parseBoolean).orElse(false)) {
            found.add(new InsecureDefault("movable-clock",
                    "unset ONESTOP_CLOCK_MOVABLE: only the system tests move a service's clock"));
        }
        return found;
    }

    static Set<String> allowed(Optional<String> setting) {
        return setting.map(v -> Arrays.stream(v.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .collect(Collectors.toSet())).orElse(Set.of());
    }

    static List<InsecureDefault> refused(List<InsecureDefault> found, Set<String> allowed) {
        return found.stream().filter(d -> !allowed.contains(d.name())).toList();
    }

    static String message(List<InsecureDefault> refused) {
        return "Refusing to start in production with development defaults: " + refused.stream()
                .map(d -> d.name() + " (" + d.fix() + ")").collect(Collectors.joining("; "))
                + ". To run with one anyway, name it in ONESTOP_ALLOW_INSECURE_DEFAULTS.";
    }
}

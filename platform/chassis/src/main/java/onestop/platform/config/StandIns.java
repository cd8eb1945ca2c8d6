package onestop.platform.config;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 * No silent fakes: in the {@code prod} profile a service refuses to start while a stand-in or mock takes the
 * place of a real outside service, unless {@code ONESTOP_ALLOW_STAND_INS} (comma-separated: pay, notify,
 * companies-house, os-places, mail) names it; an allowed one is warned about at every start. The platform checks
 * the mock mailer ({@code mail}); a service adds its own through {@link Source} (its GOV.UK Pay client, ...).
 */
@ApplicationScoped
public class StandIns {

    private static final Logger LOG = Logger.getLogger(StandIns.class);

    /** The setting that names the stand-ins a deployment runs with knowingly. */
    public static final String ALLOW = "onestop.allow-stand-ins";

    /** A service's own stand-ins in use, checked with the platform's. */
    public interface Source {
        List<StandIn> inUse();
    }

    @Inject
    Config config;

    @Inject
    Instance<Source> sources;

    void refuseInProduction(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent start) {
        if (!ConfigUtils.isProfileActive("prod")) {
            return;
        }
        List<StandIn> found = new ArrayList<>(platformStandIns(
                config.getOptionalValue("quarkus.mailer.mock", Boolean.class).orElse(false)));
        sources.forEach(source -> found.addAll(source.inUse()));
        Set<String> allowed = allowed(config.getOptionalValue(ALLOW, String.class));
        found.stream().filter(s -> allowed.contains(s.name())).forEach(s -> LOG.warnf(
                "Running with the stand-in '%s', allowed by ONESTOP_ALLOW_STAND_INS: %s", s.name(), s.what()));
        List<StandIn> refused = found.stream().filter(s -> !allowed.contains(s.name())).toList();
        if (!refused.isEmpty()) {
            throw new IllegalStateException(message(refused));
        }
    }

    static List<StandIn> platformStandIns(boolean mockMailer) {
        return mockMailer ? List.of(new StandIn("mail",
                "emails are only logged, never sent (set ONESTOP_MAIL_MOCK=false and the ONESTOP_SMTP_* settings)"))
                : List.of();
    }

    /** The names {@code ONESTOP_ALLOW_STAND_INS} lists. */
    public static Set<String> allowed(Optional<String> setting) {
        return InsecureDefaults.allowed(setting);
    }

    /**
     * Whether {@code baseUrl} points anywhere but the real service at {@code realHost} (for GOV.UK Pay,
     * publicapi.payments.service.gov.uk): a stand-in, as far as production is concerned.
     */
    public static boolean standsIn(String baseUrl, String realHost) {
        try {
            URI uri = URI.create(baseUrl.trim());
            return !"https".equals(uri.getScheme()) || !realHost.equalsIgnoreCase(uri.getHost());
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    static String message(List<StandIn> refused) {
        return "Refusing to start in production with stand-ins for real services: " + refused.stream()
                .map(s -> s.name() + " (" + s.what() + ")").collect(Collectors.joining("; "))
                + ". To run with one anyway (a demonstration, never real money or mail), name it in ONESTOP_ALLOW_STAND_INS.";
    }
}

package onestop.platform.standins;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import onestop.platform.config.NameList;

/**
 * No silent fakes: the real services OneStop calls (GOV.UK Notify, Companies House, OS Places) pointed anywhere
 * but their own addresses are stand-ins, and in the {@code prod} profile a service refuses to start with one
 * unless {@code ONESTOP_ALLOW_STAND_INS} (comma-separated: {@code notify}, {@code companies-house},
 * {@code os-places}) names it, as the local stack does.
 */
@ApplicationScoped
public class StandIns {

    private static final Logger LOG = Logger.getLogger(StandIns.class);

    static final String NOTIFY_URL = "https://api.notifications.service.gov.uk";
    static final String COMPANIES_HOUSE_URL = "https://api.company-information.service.gov.uk";
    static final String OS_PLACES_URL = "https://api.os.uk";

    @Inject
    Config config;

    void refuseInProduction(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE + 1) StartupEvent start) {
        List<String> found = inForce(key -> config.getOptionalValue(key, String.class));
        if (found.isEmpty()) {
            return;
        }
        Set<String> allowed = NameList.split(
                config.getOptionalValue("onestop.allow-stand-ins", String.class));
        List<String> refused = found.stream().filter(name -> !allowed.contains(name)).toList();
        if (ConfigUtils.isProfileActive("prod") && !refused.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production with stand-ins for " + refused
                    + ": point them at the real services (README.md#real-services), or name them in "
                    + "ONESTOP_ALLOW_STAND_INS to run with them anyway.");
        }
        LOG.warnf("Running with stand-ins, not the real services: %s", found);
    }

    /** The stand-ins in force under the given configuration, by name. */
    public static List<String> inForce(Function<String, Optional<String>> setting) {
        List<String> found = new ArrayList<>();
        if (setting.apply("onestop.mail.route").map("notify"::equals).orElse(false)
                && !official(setting.apply("onestop.mail.notify.base-url"), NOTIFY_URL)) {
            found.add("notify");
        }
        if (configured(setting.apply("onestop.companies-house.api-key"))
                && !official(setting.apply("quarkus.rest-client.companies-house.url"), COMPANIES_HOUSE_URL)) {
            found.add("companies-house");
        }
        if (configured(setting.apply("onestop.os-places.api-key"))
                && !official(setting.apply("quarkus.rest-client.os-places.url"), OS_PLACES_URL)) {
            found.add("os-places");
        }
        return found;
    }

    private static boolean configured(Optional<String> key) {
        return key.filter(value -> !value.isBlank()).isPresent();
    }

    private static boolean official(Optional<String> url, String official) {
        return url.map(value -> value.replaceAll("/+$", "")).orElse(official).equals(official);
    }
}

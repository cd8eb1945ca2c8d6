package onestop.platform.standins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.Config;

import onestop.platform.config.StandIn;
import onestop.platform.config.StandIns;

/**
 * No silent fakes: the real services OneStop calls (GOV.UK Notify, Companies House, OS Places) pointed anywhere
 * but their own addresses are stand-ins ({@code notify}, {@code companies-house}, {@code os-places}), which
 * {@link StandIns} refuses in the {@code prod} profile unless {@code ONESTOP_ALLOW_STAND_INS} names them.
 */
@ApplicationScoped
public class OutsideServiceStandIns implements StandIns.Source {

    private static final Map<String, String> WHAT = Map.of(
            "notify", "emails go to the GOV.UK Notify stand-in, never to anyone",
            "companies-house", "company numbers are checked against the Companies House stand-in's made-up companies",
            "os-places", "addresses are found in the OS Places stand-in's few made-up addresses");


    static final String NOTIFY_URL = "https://api.notifications.service.gov.uk";
    static final String COMPANIES_HOUSE_URL = "https://api.company-information.service.gov.uk";
    static final String OS_PLACES_URL = "https://api.os.uk";

    @Inject
    Config config;

    @Override
    public List<StandIn> inUse() {
        return inForce(key -> config.getOptionalValue(key, String.class)).stream()
                .map(name -> new StandIn(name, WHAT.get(name))).toList();
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

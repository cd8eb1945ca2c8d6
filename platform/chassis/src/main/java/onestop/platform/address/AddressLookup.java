package onestop.platform.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Finds the addresses of a postcode through OS Places. When it is not configured ({@code onestop.os-places.api-key})
 * or cannot be reached, the answer is empty and says so: the person enters the address by hand, as the GOV.UK
 * address pattern allows.
 */
@ApplicationScoped
public class AddressLookup {

    private static final Logger LOG = Logger.getLogger(AddressLookup.class);

    @Inject
    @RestClient
    OsPlacesApi api;

    @ConfigProperty(name = "onestop.os-places.api-key")
    Optional<String> apiKey;

    /** The addresses found, or empty when the look-up is not available (not configured, unreachable). */
    public Optional<List<FoundAddress>> byPostcode(String postcode) {
        if (apiKey.filter(key -> !key.isBlank()).isEmpty()) {
            return Optional.empty();
        }
        try {
            OsPlacesApi.Answer answer = api.byPostcode(postcode, apiKey.get(), "DPA");
            List<FoundAddress> found = new ArrayList<>();
            if (answer != null && answer.results() != null) {
                for (OsPlacesApi.Result result : answer.results()) {
                    if (result.dpa() != null) {
                        found.add(address(result.dpa()));
                    }
                }
            }
            return Optional.of(found);
        } catch (RuntimeException e) {
            LOG.warnf("OS Places could not look up %s: %s", postcode, e.toString());
            return Optional.empty();
        }
    }

    static FoundAddress address(OsPlacesApi.Dpa dpa) {
        List<String> parts = new ArrayList<>();
        if (dpa.organisationName() != null) {
            parts.add(title(dpa.organisationName()));
        }
        if (dpa.buildingName() != null) {
            parts.add(title(dpa.buildingName()));
        }
        String street = join(dpa.buildingNumber(), title(dpa.thoroughfareName()));
        if (!street.isEmpty()) {
            parts.add(street);
        }
        String line1 = parts.isEmpty() ? "" : parts.get(0);
        String line2 = parts.size() > 1 ? String.join(", ", parts.subList(1, parts.size())) : null;
        return new FoundAddress(dpa.uprn(), dpa.address(), line1, line2, title(dpa.postTown()), dpa.postcode());
    }

    private static String join(String number, String street) {
        return ((number == null ? "" : number) + " " + (street == null ? "" : street)).trim();
    }

    /** OS Places writes in capitals; forms and letters do not: "BRISTOL ROAD" is "Bristol Road". */
    static String title(String words) {
        if (words == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        boolean start = true;
        for (char c : words.toLowerCase(Locale.ROOT).toCharArray()) {
            out.append(start ? Character.toUpperCase(c) : c);
            start = !Character.isLetterOrDigit(c) && c != '\'';
        }
        return out.toString();
    }
}

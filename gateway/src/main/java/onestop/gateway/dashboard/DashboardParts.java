package onestop.gateway.dashboard;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import onestop.gateway.api.DashboardView;
import onestop.gateway.api.NewOpportunity;
import onestop.licensing.api.ApplicationView;
import onestop.licensing.api.LicenceView;
import onestop.opportunities.api.OwnResponse;

/** Turns what the services answered into the dashboard: what is still open, licences by expiry. */
public final class DashboardParts {

    // Soonest expiry first; indefinite licences last.
    private static final Comparator<LicenceView> BY_EXPIRY = Comparator.comparing(LicenceView::expiresAt,
            Comparator.nullsLast(Comparator.<Instant>naturalOrder()));

    private DashboardParts() {
    }

    /** Every fetched part, present when its service answered 200 in time with a page. */
    public record Fetched(Optional<JsonNode> applications, Optional<JsonNode> licences, Optional<JsonNode> responses,
            Optional<JsonNode> alerts) {
    }

    /** The dashboard of what was fetched; {@code json} reads the services' items into their records. */
    public static DashboardView assemble(Fetched fetched, DashboardView.Notifications notifications,
            ObjectMapper json) {
        List<String> missing = new ArrayList<>();
        List<ApplicationView> applications = items(fetched.applications(), ApplicationView.class, json)
                .map(all -> all.stream().filter(a -> a.status() != null && a.status().isOpen()).toList()).orElse(null);
        List<LicenceView> licences = items(fetched.licences(), LicenceView.class, json)
                .map(all -> all.stream().sorted(BY_EXPIRY).toList()).orElse(null);
        List<OwnResponse> responses = items(fetched.responses(), OwnResponse.class, json).orElse(null);
        List<NewOpportunity> opportunities = items(fetched.alerts(), NewOpportunity.class, json).orElse(null);
        note(applications, "applicationsInProgress", missing);
        note(licences, "licences", missing);
        note(responses, "responses", missing);
        note(opportunities, "newOpportunities", missing);
        return new DashboardView(applications, licences, responses, opportunities, notifications, !missing.isEmpty(),
                List.copyOf(missing));
    }

    // A page's items as records; a page that cannot be read as them (a value this gateway does not know yet) is
    // left out like a page that did not come, rather than failing the whole dashboard.
    private static <T> Optional<List<T>> items(Optional<JsonNode> page, Class<T> type, ObjectMapper json) {
        JavaType list = json.getTypeFactory().constructCollectionType(List.class, type);
        return page.flatMap(p -> {
            try {
                List<T> items = json.convertValue(p.isArray() ? p : p.path("items"), list);
                return Optional.of(items == null ? List.<T>of() : items);
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty();
            }
        });
    }

    private static void note(List<?> part, String name, List<String> missing) {
        if (part == null) {
            missing.add(name);
        }
    }
}

package onestop.gateway.dashboard;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;

/** Turns what the services answered into the dashboard: what is still in progress, licences by expiry. */
public final class DashboardParts {

    static final Set<String> IN_PROGRESS = Set.of("DRAFT", "SUBMITTED", "INFORMATION_REQUESTED", "IN_CONSULTATION",
            "UNDER_REVIEW");

    private DashboardParts() {
    }

    /** Every fetched part, present when its service answered 200 in time with a page. */
    public record Fetched(Optional<JsonNode> applications, Optional<JsonNode> licences, Optional<JsonNode> responses,
            Optional<JsonNode> alerts) {
    }

    public static DashboardView assemble(Fetched fetched, DashboardView.Notifications notifications) {
        List<String> missing = new ArrayList<>();
        List<JsonNode> applications = fetched.applications()
                .map(page -> items(page).stream().filter(a -> IN_PROGRESS.contains(a.path("status").asText())).toList())
                .orElse(null);
        List<JsonNode> licences = fetched.licences()
                .map(page -> items(page).stream().sorted(BY_EXPIRY).toList())
                .orElse(null);
        List<JsonNode> responses = fetched.responses().map(DashboardParts::items).orElse(null);
        List<JsonNode> opportunities = fetched.alerts().map(DashboardParts::items).orElse(null);
        note(applications, "applicationsInProgress", missing);
        note(licences, "licences", missing);
        note(responses, "responses", missing);
        note(opportunities, "newOpportunities", missing);
        return new DashboardView(applications, licences, responses, opportunities, notifications, !missing.isEmpty(),
                List.copyOf(missing));
    }

    // Soonest expiry first; indefinite licences last.
    private static final Comparator<JsonNode> BY_EXPIRY = Comparator.comparing(
            (JsonNode licence) -> licence.path("expiresAt").asText(""), (a, b) -> a.isEmpty() ? (b.isEmpty() ? 0 : 1)
                    : b.isEmpty() ? -1 : a.compareTo(b));

    private static List<JsonNode> items(JsonNode page) {
        JsonNode items = page.isArray() ? page : page.path("items");
        return StreamSupport.stream(items.spliterator(), false).toList();
    }

    private static void note(List<JsonNode> part, String name, List<String> missing) {
        if (part == null) {
            missing.add(name);
        }
    }
}

package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.opportunities.api.AlertView;
import onestop.portal.PortalTestProfile;

/** "Your alerts" says what raised each alert: one of the supplier's saved searches, or its profile's categories. */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class AlertTemplatesTest {

    private static final Instant RAISED = Instant.parse("2027-01-04T09:00:00Z");

    @Test
    void eachAlertNamesItsSavedSearchOrTheProfilesWorkCategories() {
        UUID search = UUID.randomUUID();
        String page = CompletableFuture.supplyAsync(() -> AlertPages.Templates.alerts(
                List.of(new AlertPages.SavedSearch(search, "Roads", "Keywords: resurfacing")),
                List.of(alert("Car park resurfacing", search, "Roads", false),
                        alert("Ring road junction", null, null, true))).render()).join();

        assertThat(page).contains("Car park resurfacing").contains("matched \"Roads\"")
                .contains("Ring road junction").contains("in your profile's work categories")
                .doesNotContain("matched \"\"");
    }

    private static AlertView alert(String title, UUID search, String name, boolean interests) {
        return new AlertView(UUID.randomUUID(), search, name, UUID.randomUUID(), "OPP-2027-000003", title,
                "Birmingham City Council", null, RAISED, interests);
    }
}

package onestop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.licensing.api.RegisterEntry;
import onestop.licensing.api.RegisterPage;
import onestop.licensing.api.RegisterShows;

/**
 * The register pages as the portal renders what the API answers: a private hire driver's licence shows its
 * number, type, status and dates, and neither a name nor an address; a surrendered licence says so.
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class RegisterTemplatesTest {

    private static final Instant ISSUED = Instant.parse("2026-03-02T10:00:00Z");

    private final RegisterEntry driver = new RegisterEntry(UUID.randomUUID(), "PHD-000123", "PRIVATE_HIRE_DRIVER",
            "Private hire driver licence", RegisterShows.LICENCE_ONLY, null, null, "ACTIVE", ISSUED,
            Instant.parse("2029-03-02T10:00:00Z"), null);
    private final RegisterEntry pub = new RegisterEntry(UUID.randomUUID(), "PL-000045", "PREMISES_LICENCE",
            "Premises licence", RegisterShows.PREMISES_AND_HOLDER, "The Crown Ltd",
            new RegisterEntry.Premises("The Crown", "1 High Street", "Birmingham", "B1 1BB"), "SURRENDERED", ISSUED,
            null, List.of("No glass outside"));

    @Test
    void theSearchShowsNoNameNorAddressForADriverAndTheStatusOfEveryLicence() {
        RegisterPages.Search search = new RegisterPages.Search();
        search.status = "SURRENDERED";
        search.postcode = "B1 1";
        String page = render(RegisterPages.Templates.register(search, List.of(), RegisterPages.STATUSES, List.of(),
                new RegisterPage(List.of(driver, pub), 0, 20, 2), Pagination.of(0, 20, 2, "/licences/register",
                        search.query())));

        assertThat(page).contains("PHD-000123").contains("Private hire driver licence")
                .contains("Licence of an individual: name and address not published")
                .contains("The Crown Ltd").contains("(B1 1BB)").contains("Surrendered")
                .contains("<option value=\"SURRENDERED\" selected>")
                .contains("href=\"/api/licensing/register/download.csv?postcode=B1+1&amp;status=SURRENDERED\"")
                .contains("href=\"/api/licensing/register/download.json?postcode=B1+1&amp;status=SURRENDERED\"")
                .doesNotContain("null");
    }

    @Test
    void aDriversEntryShowsNumberTypeStatusAndDatesOnly() {
        String page = render(RegisterPages.Templates.registerEntry(driver));

        assertThat(page).contains("Licence PHD-000123").contains("Active").contains("2 March 2026")
                .contains("Not published: this is the licence of an individual")
                .doesNotContain("Premises</dt>").doesNotContain("Conditions").doesNotContain("null");
    }

    @Test
    void aSurrenderedPremisesLicenceShowsItsHolderAddressAndStatus() {
        String page = render(RegisterPages.Templates.registerEntry(pub));

        assertThat(page).contains("The Crown Ltd").contains("1 High Street").contains("B1 1BB")
                .contains("Surrendered").contains("No glass outside");
    }

    /** Rendered away from any request, as the portal renders a page for a visitor not signed in. */
    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}

package onestop.portal.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.qute.TemplateInstance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.HolderConsent;
import onestop.licensing.api.RegisterEntry;
import onestop.licensing.api.RegisterShows;
import onestop.licensing.api.TransferRequestView;
import onestop.portal.PortalTestProfile;

/** The transfer pages as the portal renders what the API answers: the holder answers while the transfer is a draft. */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class TransferTemplatesTest {

    private static final Instant NOW = Instant.parse("2026-12-04T10:00:00Z");

    @Test
    void theHolderSeesWhoAsksAndAnswersWhileTheTransferIsADraft() {
        UUID open = UUID.randomUUID();
        UUID submitted = UUID.randomUUID();
        String page = render(TransferPages.Templates.transfers(List.of(
                new TransferRequestView(open, "LIC-2026-000009", UUID.randomUUID(), "PL-000045", "Newcomer Taverns Ltd",
                        ApplicationStatus.DRAFT, null, null, NOW),
                new TransferRequestView(submitted, "LIC-2026-000010", UUID.randomUUID(), "PL-000046", "Other Ltd",
                        ApplicationStatus.SUBMITTED, HolderConsent.GIVEN, NOW, NOW)), List.of()));

        assertThat(page).contains("Licence PL-000045").contains("Newcomer Taverns Ltd").contains("Not answered")
                .contains("action=\"/licences/transfers/" + open + "\"")
                .contains("name=\"consent\" value=\"GIVEN\"").contains("name=\"consent\" value=\"REFUSED\"")
                .doesNotContain("action=\"/licences/transfers/" + submitted + "\"")
                .contains("Given");
    }

    @Test
    void takingOverALicenceSaysTheHolderMustConsent() {
        RegisterEntry licence = new RegisterEntry(UUID.randomUUID(), "PL-000045", "PREMISES_LICENCE", "Premises licence",
                RegisterShows.PREMISES_AND_HOLDER, "The Crown Ltd", new RegisterEntry.Premises("The Crown",
                        "1 High Street", "Birmingham", "B1 1BB"), "ACTIVE", NOW, null, List.of());
        String page = render(TransferPages.Templates.takeOver(licence, List.of()));

        assertThat(page).contains("Apply to take over licence PL-000045")
                .contains("the current holder, The Crown Ltd, must consent")
                .contains("action=\"/licences/transfers/take-over/" + licence.id() + "\"");
    }

    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}

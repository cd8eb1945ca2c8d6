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
import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.LicenceTypeView;
import onestop.licensing.api.LicenceView;
import onestop.portal.PortalTestProfile;

/**
 * A licence's page offers what can be done to it: renewal only for a licence that expires, variation for any but a
 * temporary event notice, which is withdrawn instead; the withdrawal page says whether the notice will still count
 * towards the annual limits (Licensing Act 2003 s.103).
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class LicenceTemplatesTest {

    private static final Instant ISSUED = Instant.parse("2027-03-05T00:00:00Z");
    private static final Instant EVENT = Instant.parse("2027-03-20T12:00:00Z");

    @Test
    void aLicenceThatExpiresIsRenewedOrVaried() {
        String page = render(LicencePages.Templates.licence(licence("STREET_TRADING_CONSENT", null),
                type("STREET_TRADING_CONSENT", "Street trading consent", 12), List.of()));
        assertThat(page).contains("Renew this licence").contains("Apply to vary this licence")
                .contains("Surrender this licence").doesNotContain("Withdraw this notice");
    }

    @Test
    void aPremisesLicenceIsVariedButNeverRenewed() {
        LicenceView licence = licence("PREMISES_LICENCE", null);
        String page = render(LicencePages.Templates.licence(licence, type("PREMISES_LICENCE", "Premises licence", null),
                List.of()));
        assertThat(page).doesNotContain("Renew this licence").contains("Apply to vary this licence")
                .contains("action=\"/licences/" + licence.id() + "/vary\"").contains("Surrender this licence");
    }

    @Test
    void aTemporaryEventNoticeIsWithdrawnAndNeverRenewedNorVaried() {
        LicenceView notice = licence("TEMPORARY_EVENT_NOTICE", EVENT);
        LicenceTypeView type = type("TEMPORARY_EVENT_NOTICE", "Temporary event notice", null);
        String page = render(LicencePages.Templates.licence(notice, type, List.of()));
        assertThat(page).contains("This notice covers its event only").contains("give a new notice")
                .contains("Withdraw this notice").doesNotContain("Renew this licence")
                .doesNotContain("Apply to vary this licence").doesNotContain("Surrender this licence");

        String early = render(LicencePages.Templates.surrender(notice, type, true, List.of()));
        assertThat(early).contains("Are you sure you want to withdraw temporary event notice TEN-000007?")
                .contains("20 March 2027 at 12:00pm").contains("no longer counts towards the limits")
                .contains("Withdraw notice").doesNotContain("Surrender licence");
        String late = render(LicencePages.Templates.surrender(notice, type, false, List.of()));
        assertThat(late).contains("will still count towards the limits").doesNotContain("no longer counts");
    }

    private static LicenceView licence(String type, Instant validFrom) {
        String number = type.equals("TEMPORARY_EVENT_NOTICE") ? "TEN-000007" : "LIC-000007";
        return new LicenceView(UUID.randomUUID(), number, type, UUID.randomUUID(), "The Crown Ltd",
                new LicenceView.Premises("The Crown", "1 High Street", "Birmingham", "B1 1BB"), null, List.of(),
                ISSUED, validFrom == null ? null : validFrom.plusSeconds(11 * 3600), LicenceStatus.ACTIVE, null,
                UUID.randomUUID(), 1, List.of("SURRENDER"), validFrom);
    }

    private static LicenceTypeView type(String code, String name, Integer validityMonths) {
        return new LicenceTypeView(code, name, "", 2100, validityMonths, 0, null, 10, false, List.of(), null, true,
                null);
    }

    private static String render(TemplateInstance page) {
        return CompletableFuture.supplyAsync(page::render).join();
    }
}

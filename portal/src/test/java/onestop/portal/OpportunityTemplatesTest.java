package onestop.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.SupplyChain;

/**
 * A public notice's page as the portal renders what the API answers: an open notice of OneStop's own is responded
 * to here; one imported from Find a Tender is run there, so its page sends suppliers to it instead.
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class OpportunityTemplatesTest {

    private static final UUID ID = UUID.randomUUID();
    private static final String FIND_A_TENDER = "https://www.find-tender.service.gov.uk/Notice/083662-2026";

    @Test
    void anOpenNoticeOfOurOwnIsRespondedToHere() {
        assertThat(render(notice(null))).contains("Sign in to respond to this opportunity or ask a question")
                .doesNotContain("id=\"imported-from\"");
    }

    @Test
    void anImportedNoticeSendsSuppliersToTheServiceThatRunsIt() {
        String page = render(notice(new NoticeView.ImportedFrom("Find a Tender", FIND_A_TENDER)));
        assertThat(page).contains("Ministry of Defence runs this procurement on Find a Tender: respond and ask "
                + "questions there, not here.").contains("href=\"" + FIND_A_TENDER + "\"")
                .contains("See this notice on Find a Tender")
                .doesNotContain("Sign in to respond").doesNotContain("/opportunities/" + ID + "/respond");
    }

    @Test
    void aChallengeLinksToItsStagesNotToAnAwardChallenge() {
        String page = render(new NoticeView(ID, "OPP-2027-000003", "Cleaner air", "Ideas for cleaner air",
                "Birmingham City Council", null, OpportunityType.CHALLENGE, List.of("73000000-2"), null, 5_000_000L,
                null, null, Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-02-04T12:00:00Z"),
                OpportunityStatus.OPEN, true, false, List.of(), List.of(), null, ChallengeStage.INVITING_SOLUTIONS,
                null, null, null, List.of(), List.of(), null, 1));
        assertThat(page).contains("href=\"/opportunities/" + ID + "/challenge\"").doesNotContain("award-challenge");
    }

    private static NoticeView notice(NoticeView.ImportedFrom importedFrom) {
        return new NoticeView(ID, "OPP-2027-000002", "Depot gates", "Automatic gates", "Ministry of Defence", null,
                OpportunityType.TENDER, List.of("45000000-7"), null, 2_500_000L, null, null,
                Instant.parse("2027-01-04T09:00:00Z"), Instant.parse("2027-02-04T12:00:00Z"), OpportunityStatus.OPEN,
                false, false, List.of(), List.of(), null, null, null, null, null, List.of(), List.of(), importedFrom,
                1);
    }

    private static String render(NoticeView notice) {
        return CompletableFuture.supplyAsync(() -> OpportunityPages.Templates.opportunity(notice, null, List.of(),
                new SupplyChain(ID, null, List.of(), null)).render()).join();
    }
}

package onestop.portal.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import onestop.opportunities.api.DirectAwardGround;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;
import onestop.portal.PortalTestProfile;

/**
 * The buyer's notice page as the Procurement Act summary shows it, away from the services: a planned notice says
 * it is engaging the market, a contract lists its changes and its end, and one that has ended offers no change.
 */
@QuarkusTest
@TestProfile(PortalTestProfile.class)
class BuyerNoticeSummaryTest {

    private static final UUID ID = UUID.randomUUID();
    private static final Instant AWARDED = Instant.parse("2027-01-05T10:00:00Z");

    @Test
    void aPlannedNoticeSaysItIsEngagingTheMarketAndCanStillBeTendered() {
        String page = render(notice(OpportunityStatus.PLANNED, procurement(null, null,
                "Tell us at our open day how kiosks could work", LocalDate.of(2027, 3, 31))));
        assertThat(page).contains("govuk-tag--purple\">Market engagement</strong>")
                .contains("You are engaging the market").contains("Tell us at our open day how kiosks could work")
                .contains("until the end of 31 March 2027").contains("Publish tender notice")
                .contains("href=\"/buyer/notices/" + ID + "/direct-award\"").contains("Cancel notice")
                .doesNotContain("Engage the market first");
    }

    @Test
    void aContractListsItsChangesAndItsEnd() {
        var changes = List.of(new NoticeView.Change(1, AWARDED.plusSeconds(86_400 * 40), "Two more roofs", 3_000_000L,
                null), new NoticeView.Change(2, AWARDED.plusSeconds(86_400 * 80), "A year longer", null,
                LocalDate.of(2029, 1, 31)));
        var running = new NoticeView.Contract(LocalDate.of(2027, 1, 20), null, LocalDate.of(2028, 1, 31),
                3_000_000L, changes, null, null);
        String page = render(notice(OpportunityStatus.AWARDED, procurement(running, DirectAwardGround.EXTREME_URGENCY,
                null, null)));
        assertThat(page).contains("Awarded without competition because")
                .contains("Extreme and unavoidable urgency that you did not cause")
                .contains("id=\"contract-changes\"").contains("Two more roofs (value now £30,000)")
                .contains("A year longer (now ends 31 January 2029)")
                .contains("href=\"/buyer/notices/" + ID + "/contract/changes\"")
                .contains("href=\"/buyer/notices/" + ID + "/contract/termination\"").doesNotContain("contract-ended");

        var ended = new NoticeView.Contract(LocalDate.of(2027, 1, 20), null, LocalDate.of(2028, 1, 31), 3_000_000L,
                changes, LocalDate.of(2027, 6, 30), "Ended by agreement");
        assertThat(render(notice(OpportunityStatus.AWARDED, procurement(ended, null, null, null))))
                .contains("id=\"contract-ended\">30 June 2027: Ended by agreement")
                .doesNotContain("/contract/changes\"").doesNotContain("/contract/termination\"");
    }

    @Test
    void anOpenChallengeOfTheAwardSaysTheContractIsSuspendedAndTheStandstillPageIsOneLinkAway() {
        var inStandstill = new NoticeView.Procurement(ProcurementCategory.SERVICES, null, false, List.of(), List.of(),
                null, LocalDate.of(2027, 1, 15), List.of(), null, null, null, null, null);
        NoticeView awarded = notice(OpportunityStatus.AWARDED, inStandstill);
        assertThat(render(awarded, 1)).contains("A supplier has challenged the award")
                .contains("The contract is suspended until you record the challenge's outcome")
                .contains("href=\"/buyer/notices/" + ID + "/standstill\"");
        assertThat(render(awarded, 2)).contains("2 challenges of the award are open")
                .contains("until you record their outcomes");
        assertThat(render(awarded, 0)).doesNotContain("challenged the award")
                .doesNotContain("challenges of the award are open").contains("Standstill and challenges");
    }

    private static NoticeView.Procurement procurement(NoticeView.Contract contract, DirectAwardGround ground,
            String engagement, LocalDate engagementEndsOn) {
        return new NoticeView.Procurement(ProcurementCategory.SERVICES, null, false, List.of(), List.of(), null, null,
                List.of(), contract, ground, ground == null ? null : "The roof fell in", engagement, engagementEndsOn);
    }

    private static NoticeView notice(OpportunityStatus status, NoticeView.Procurement procurement) {
        NoticeView.Award award = status == OpportunityStatus.AWARDED
                ? new NoticeView.Award("Roofers Ltd", 2_500_000, AWARDED) : null;
        return new NoticeView(ID, "OPP-2027-000001", "Library roof", "The roof", "Birmingham City Council", null,
                OpportunityType.TENDER, List.of("45000000-7"), null, 2_500_000L, null, null, null, null, status, false,
                false, List.of(), List.of(), null, null, null, award, procurement, List.of(), List.of(), null,
                1);
    }

    /** Rendered away from any request, as the portal renders a page. */
    private static String render(NoticeView notice) {
        return render(notice, 0);
    }

    private static String render(NoticeView notice, long openChallenges) {
        return CompletableFuture.supplyAsync(() -> BuyerNoticeActions.Templates.buyerNotice(notice, List.of(),
                List.of(), null, List.of(), null, openChallenges, Map.of(), List.of()).render()).join();
    }
}

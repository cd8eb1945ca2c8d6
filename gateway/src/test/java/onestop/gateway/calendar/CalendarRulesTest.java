package onestop.gateway.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.gateway.calendar.CalendarChange.Op;
import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicenceStatus;
import onestop.opportunities.api.OpportunityAwarded;
import onestop.opportunities.api.StandstillExtended;

/** Which dates each event puts in (or takes out of) whose calendar. */
class CalendarRulesTest {

    private static final Instant AT = Instant.parse("2026-12-04T10:00:00Z");
    private final CalendarRules rules = new CalendarRules();

    @Test
    void anAwardPutsTheStandstillEndInTheWinnersTheOtherBiddersAndTheBuyersFeedsAndEndsTheClosingTime() {
        UUID notice = UUID.randomUUID();
        UUID winner = UUID.randomUUID();
        UUID loser = UUID.randomUUID();
        List<CalendarChange> changes = rules.changesFor("onestop.opportunities.opportunity.awarded",
                new OpportunityAwarded(notice, "OPP-2026-000001", "Bins", "Birmingham City Council", UUID.randomUUID(),
                        winner, "Winner Ltd", 1000, AT, List.of(), List.of(), List.of(loser),
                        LocalDate.of(2026, 12, 18), null, null, null, null), AT);

        assertThat(changes).filteredOn(c -> c.op() == Op.PUT).extracting(CalendarChange::audience)
                .containsExactly("business:" + winner, "business:" + loser, "buyers:Birmingham City Council");
        assertThat(changes).filteredOn(c -> c.op() == Op.PUT).allMatch(c -> c.kind().equals(CalendarRules.STANDSTILL_ENDS)
                && c.day().equals(LocalDate.of(2026, 12, 18)) && c.startsAt() == null);
        assertThat(changes).anyMatch(c -> c.op() == Op.REMOVE && c.audience() == null
                && c.kind().equals(CalendarRules.NOTICE_CLOSES));
    }

    @Test
    void aLongerStandstillMovesItsEndInTheSameFeeds() {
        UUID notice = UUID.randomUUID();
        UUID winner = UUID.randomUUID();
        UUID bidder = UUID.randomUUID();
        List<CalendarChange> changes = rules.changesFor("onestop.opportunities.opportunity.standstill-extended",
                new StandstillExtended(notice, "OPP-2026-000001", "Bins", "Birmingham City Council", winner,
                        List.of(bidder), LocalDate.of(2026, 12, 18), LocalDate.of(2026, 12, 24), "A challenge", AT),
                AT);

        assertThat(changes).filteredOn(c -> c.op() == Op.PUT).extracting(CalendarChange::audience)
                .containsExactly("business:" + winner, "business:" + bidder, "buyers:Birmingham City Council");
        assertThat(changes).filteredOn(c -> c.op() == Op.PUT).allMatch(c -> c.kind().equals(CalendarRules.STANDSTILL_ENDS)
                && c.subjectId().equals(notice) && c.day().equals(LocalDate.of(2026, 12, 24)));
    }

    @Test
    void aLicencesExpiryAndRenewalNameItAsPeopleDo() {
        UUID licence = UUID.randomUUID();
        UUID holder = UUID.randomUUID();
        List<CalendarChange> changes = rules.changesFor("onestop.licensing.licence.renewal-due",
                new LicenceEvent(licence, "HMO-000012", holder, "HMO_LICENCE", LicenceStatus.ACTIVE, null, AT,
                        Instant.parse("2027-02-28T12:00:00Z"), null, null, 60, AT, null,
                        "House in multiple occupation (HMO) licence"), AT);

        assertThat(changes).extracting(CalendarChange::description).containsExactly(
                "Your house in multiple occupation (HMO) licence HMO-000012 expires on 28 February 2027."
                        + " Apply to renew it before then.",
                "Apply to renew your house in multiple occupation (HMO) licence HMO-000012 before it expires on"
                        + " 28 February 2027.");
    }

    @Test
    void anOfficersDecisionDueNamesTheApplicationsTypeAsPeopleDo() {
        UUID application = UUID.randomUUID();
        List<CalendarChange> changes = rules.changesFor("onestop.licensing.application.status-changed",
                new ApplicationEvent(application, "LIC-3", UUID.randomUUID(), "HMO_LICENCE", null,
                        ApplicationStatus.UNDER_REVIEW, ApplicationStatus.SUBMITTED, AT, LocalDate.of(2027, 1, 10),
                        null, null, null, null, null, null, AT, null, null, null, 20,
                        "House in multiple occupation (HMO) licence"), AT);

        assertThat(changes).filteredOn(c -> c.kind().equals(CalendarRules.DECISION_DUE)).singleElement()
                .satisfies(c -> assertThat(c.audience()).isEqualTo(CalendarChange.OFFICERS))
                .satisfies(c -> assertThat(c.summary())
                        .isEqualTo("Decision due: LIC-3 (house in multiple occupation (HMO) licence)"));
    }

    @Test
    void theConsultationsLastDayIsTheDayBeforeTheMidnightItEndsAt() {
        UUID business = UUID.randomUUID();
        // the service ends a consultation at the midnight that begins the next day: 2 July 00:00 in London (BST)
        List<CalendarChange> changes = rules.changesFor("onestop.licensing.application.status-changed",
                new ApplicationEvent(UUID.randomUUID(), "LIC-4", business, "PREMISES_LICENCE", null,
                        ApplicationStatus.IN_CONSULTATION, ApplicationStatus.SUBMITTED, AT, LocalDate.of(2027, 8, 1),
                        Instant.parse("2027-07-01T23:00:00Z"), null, null, null, null, null, AT, null, null, null, null,
                        "Premises licence"), AT);

        assertThat(changes).filteredOn(c -> c.kind().equals(CalendarRules.CONSULTATION_ENDS)).singleElement()
                .satisfies(c -> assertThat(c.audience()).isEqualTo("business:" + business))
                .satisfies(c -> assertThat(c.day()).isEqualTo(LocalDate.of(2027, 7, 1)));
    }

    @Test
    void aWithdrawnApplicationLeavesTheOfficersQueueAndTheApplicantsCalendar() {
        UUID application = UUID.randomUUID();
        UUID business = UUID.randomUUID();
        List<CalendarChange> changes = rules.changesFor("onestop.licensing.application.status-changed",
                new ApplicationEvent(application, "LIC-1", business, "PREMISES_LICENCE", null,
                        ApplicationStatus.WITHDRAWN, ApplicationStatus.IN_CONSULTATION, AT, LocalDate.of(2027, 1, 10),
                        Instant.parse("2027-01-01T00:00:00Z"), null, null, null, null, null, AT, null, null, null, null,
                        "Premises licence"), AT);

        assertThat(changes).extracting(CalendarChange::op).containsOnly(Op.REMOVE);
        assertThat(changes).extracting(CalendarChange::kind).containsExactlyInAnyOrder(CalendarRules.DECISION_DUE,
                CalendarRules.CONSULTATION_ENDS, CalendarRules.HEARING);
    }

    @Test
    void aTransferredLicenceLeavesTheFormerHoldersCalendarForTheNewHolders() {
        UUID licence = UUID.randomUUID();
        UUID from = UUID.randomUUID();
        UUID to = UUID.randomUUID();
        List<CalendarChange> changes = rules.changesFor("onestop.licensing.licence.transferred",
                new LicenceEvent(licence, "PL-9", to, "PREMISES_LICENCE", LicenceStatus.ACTIVE, null, AT,
                        Instant.parse("2028-06-30T23:00:00Z"), null, null, null, AT, from, "Premises licence"), AT);

        assertThat(changes).filteredOn(c -> c.op() == Op.REMOVE).extracting(CalendarChange::audience)
                .containsOnly("business:" + from);
        // the expiry is the council's day: 30 June 23:00 UTC is 1 July in London (BST)
        assertThat(changes).filteredOn(c -> c.op() == Op.PUT).singleElement()
                .satisfies(c -> assertThat(c.audience()).isEqualTo("business:" + to))
                .satisfies(c -> assertThat(c.day()).isEqualTo(LocalDate.of(2028, 7, 1)));
    }

    @Test
    void eventsWithoutADateMakeNoChange() {
        assertThat(rules.changesFor("onestop.licensing.application.payment-succeeded",
                new ApplicationEvent(UUID.randomUUID(), "LIC-2", UUID.randomUUID(), "PREMISES_LICENCE", null,
                        ApplicationStatus.DRAFT, null, null, null, null, null, null, null, null, null, AT, null, null,
                        null, null, null), AT)).isEmpty();
    }
}

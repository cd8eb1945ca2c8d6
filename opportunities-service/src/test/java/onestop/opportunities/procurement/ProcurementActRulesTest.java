package onestop.opportunities.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;
import onestop.opportunities.opportunity.ContractDetails;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.opportunity.Opportunity;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/** The Procurement Act's rules that are data: thresholds by date, the minimum tender period, the standstill. */
class ProcurementActRulesTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");

    @Test
    void thresholdsAreThoseInForceOnTheDay() {
        assertThat(Thresholds.on(LocalDate.parse("2026-01-01"), ProcurementCategory.SERVICES)).isEqualTo(20_772_000);
        assertThat(Thresholds.on(LocalDate.parse("2025-12-31"), ProcurementCategory.SERVICES)).isEqualTo(21_490_400);
        assertThat(Thresholds.on(LocalDate.parse("2026-06-01"), ProcurementCategory.WORKS)).isEqualTo(519_300_000);
        assertThat(Thresholds.on(LocalDate.parse("2026-06-01"), ProcurementCategory.LIGHT_TOUCH)).isEqualTo(66_354_000);
        assertThat(Thresholds.isAbove(20_772_000, LocalDate.parse("2026-06-01"), ProcurementCategory.GOODS)).isTrue();
        assertThat(Thresholds.isAbove(20_771_999, LocalDate.parse("2026-06-01"), ProcurementCategory.GOODS)).isFalse();
        assertThat(Thresholds.isAbove(20_771_999, LocalDate.parse("2026-06-01"), ProcurementCategory.LIGHT_TOUCH))
                .isFalse();
    }

    @Test
    void anAboveThresholdTenderNoticeGivesAtLeast25Days() {
        Opportunity tooSoon = draft(ProcurementCategory.SERVICES, 25_000_000L, NOW.plus(24, ChronoUnit.DAYS));
        assertThatThrownBy(() -> tooSoon.publish(NOW)).isInstanceOf(RuleViolation.class)
                .satisfies(e -> assertThat(((RuleViolation) e).errors()).singleElement()
                        .satisfies(error -> assertThat(error.field()).isEqualTo("closingAt")));

        Opportunity enough = draft(ProcurementCategory.SERVICES, 25_000_000L, NOW.plus(25, ChronoUnit.DAYS));
        enough.publish(NOW);
        assertThat(enough.aboveThreshold).isTrue();

        Opportunity works = draft(ProcurementCategory.WORKS, 25_000_000L, NOW.plus(7, ChronoUnit.DAYS));
        works.publish(NOW);
        assertThat(works.aboveThreshold).as("works have a higher threshold").isFalse();
    }

    @Test
    void aPlannedProcurementNoticeFortyDaysToAYearAheadShortensTheTenderPeriodToTenDays() {
        Instant tendered = Instant.parse("2026-06-01T09:00:00Z");
        assertThat(Periods.minimumTenderPeriod(null, tendered)).hasDays(25);
        assertThat(Periods.minimumTenderPeriod(tendered.minus(40, ChronoUnit.DAYS), tendered)).hasDays(10);
        assertThat(Periods.minimumTenderPeriod(tendered.minus(39, ChronoUnit.DAYS), tendered)).hasDays(25);
        assertThat(Periods.minimumTenderPeriod(tendered.minus(365, ChronoUnit.DAYS), tendered)).hasDays(10);
        assertThat(Periods.minimumTenderPeriod(tendered.minus(366, ChronoUnit.DAYS), tendered)).hasDays(25);
    }

    @Test
    void theStandstillIsEightWorkingDaysBeginningWithTheNoticeDay() {
        // published Monday 2 March 2026: Mon 2 is day 1, Wed 11 day 8
        assertThat(Periods.standstillLastDay(LocalDate.parse("2026-03-02"), CALENDAR)).isEqualTo("2026-03-11");
        // published on a Saturday, which is no working day: Mon 9 is day 1
        assertThat(Periods.standstillLastDay(LocalDate.parse("2026-03-07"), CALENDAR)).isEqualTo("2026-03-18");
        // published Wednesday 1 April 2026: Good Friday and Easter Monday do not count
        assertThat(Periods.standstillLastDay(LocalDate.parse("2026-04-01"), CALENDAR)).isEqualTo("2026-04-14");
    }

    @Test
    void theContractIsEnteredIntoOnlyAfterTheStandstill() {
        Opportunity o = draft(ProcurementCategory.SERVICES, 1_000_000L, NOW.plus(3, ChronoUnit.DAYS));
        o.publish(NOW);
        o.close(NOW.plus(3, ChronoUnit.DAYS));
        LocalDate lastDay = LocalDate.parse("2026-03-16");
        o.award(UUID.randomUUID(), UUID.randomUUID(), "Acme", 900_000, lastDay, NOW.plus(3, ChronoUnit.DAYS));
        assertThatThrownBy(() -> ContractDetails.enter(o, contract("2026-03-16"), lastDay, NOW))
                .isInstanceOf(IllegalTransition.class).hasMessageContaining("standstill");
        assertThatThrownBy(() -> ContractDetails.enter(o, contract("2026-03-16"), lastDay.plusDays(1), NOW))
                .as("signed during the standstill").isInstanceOf(RuleViolation.class);
        ContractDetails.enter(o, contract("2026-03-17"), lastDay.plusDays(1), NOW);
        assertThat(o.contract.signedOn).isEqualTo("2026-03-17");
        assertThatThrownBy(() -> ContractDetails.enter(o, contract("2026-03-17"), lastDay.plusDays(2), NOW))
                .as("only once").isInstanceOf(IllegalTransition.class);
    }

    private static ContractDetails contract(String signedOn) {
        ContractDetails details = new ContractDetails();
        details.signedOn = LocalDate.parse(signedOn);
        return details;
    }

    private static Opportunity draft(ProcurementCategory category, Long grossPence, Instant closingAt) {
        NoticeFields fields = new NoticeFields("Title", "Description", OpportunityType.TENDER, null, null, null,
                null, null, closingAt, null, null, null, null, null, null, category, grossPence, null);
        return Opportunity.draft(UUID.randomUUID(), "OPP-2026-000001", "Birmingham City Council", fields,
                List.of("79000000-4"), NOW);
    }
}

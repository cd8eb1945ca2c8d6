package onestop.platform.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-21"))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-22"))).as("Sunday").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-23"))).as("Monday").isTrue();
    }

    @Test
    void englandAndWalesBankHolidaysAreNotWorkingDays() {
        assertThat(calendar.isBankHoliday(LocalDate.parse("2026-04-03"))).as("Good Friday").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.parse("2026-04-06"))).as("Easter Monday").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.parse("2026-05-04"))).as("early May").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.parse("2026-05-25"))).as("spring").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.parse("2026-08-31"))).as("summer").isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-25"))).as("Christmas").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-28"))).as("Boxing Day substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-12-27"))).as("Christmas substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2028-01-03"))).as("New Year substitute").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-03-17"))).as("St Patrick's Day is not one here")
                .isTrue();
    }

    @Test
    void theRulesGiveTheDaysGovUkPublishedFrom2018To2028() throws Exception {
        Set<LocalDate> published = new TreeSet<>();
        try (var in = getClass().getResourceAsStream("/bank-holidays/gov-uk-england-and-wales.csv")) {
            new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.startsWith("#") && !line.startsWith("date,"))
                    .forEach(line -> published.add(LocalDate.parse(line.substring(0, line.indexOf(',')))));
        }
        Set<LocalDate> computed = new TreeSet<>();
        for (int year = 2018; year <= 2028; year++) {
            computed.addAll(BankHolidays.englandAndWales(year));
        }
        assertThat(computed).containsExactlyElementsOf(published);
    }

    @Test
    void yearsNobodyHasPublishedYetStillHaveTheirEightBankHolidays() {
        for (int year = 2029; year <= 2060; year++) {
            int count = 0;
            for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
                if (calendar.isBankHoliday(day)) {
                    count++;
                    assertThat(day.getDayOfWeek().getValue()).as("%s falls on a weekday", day).isLessThan(6);
                }
            }
            assertThat(count).as("bank holidays in %d", year).isEqualTo(8);
        }
        assertThat(calendar.isBankHoliday(LocalDate.parse("2035-03-23"))).as("Good Friday 2035").isTrue();
        assertThat(calendar.isBankHoliday(LocalDate.parse("2033-12-27"))).as("Boxing Day 2033, moved off Monday's Christmas")
                .isTrue();
    }

    @Test
    void addingWorkingDaysSkipsWeekends() {
        // Friday + 1 working day = Monday
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-11-20"), 1)).isEqualTo("2026-11-23");
        // Friday + 5 working days = the next Friday
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-11-20"), 5)).isEqualTo("2026-11-27");
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-11-20"), 0)).isEqualTo("2026-11-20");
    }

    @Test
    void addingWorkingDaysSkipsBankHolidays() {
        // Thursday 2 April 2026 + 1: Good Friday and Easter Monday are skipped
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-04-02"), 1)).isEqualTo("2026-04-07");
        // Christmas Eve 2026 (Thursday) + 1: Christmas, the weekend and the Boxing Day substitute skipped
        assertThat(calendar.addWorkingDays(LocalDate.parse("2026-12-24"), 1)).isEqualTo("2026-12-29");
        // ten working days over Christmas 2027 (two substitute days)
        assertThat(calendar.addWorkingDays(LocalDate.parse("2027-12-20"), 10)).isEqualTo("2028-01-06");
    }

    @Test
    void countsWorkingDaysBetweenTwoDays() {
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-20"), LocalDate.parse("2026-11-23")))
                .isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-04-02"), LocalDate.parse("2026-04-07")))
                .isEqualTo(1);
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23")))
                .isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-20")))
                .isZero();
    }

    @Test
    void aCalendarOfItsOwnHolidaysAsksThemDayByDay() {
        Set<LocalDate> proclaimed = new TreeSet<>(Set.of(LocalDate.parse("2026-11-24")));
        WorkingDayCalendar own = WorkingDayCalendar.of(proclaimed::contains);
        assertThat(own.addWorkingDays(LocalDate.parse("2026-11-23"), 1)).isEqualTo(LocalDate.parse("2026-11-25"));
        assertThat(own.isWorkingDay(LocalDate.parse("2026-12-25"))).as("only the days it is given").isTrue();
        proclaimed.clear();
        assertThat(own.addWorkingDays(LocalDate.parse("2026-11-23"), 1)).isEqualTo(LocalDate.parse("2026-11-24"));
    }
}

package onestop.licensing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

import onestop.licensing.catalogue.TemporaryEventLimit;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/** How a notice's period is counted: working days strictly between the day of giving and the event day. */
class NoticeTimingTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.englandAndWales();

    @Test
    void neitherTheDayOfGivingNorTheEventDayCounts() {
        // Monday 1 March 2027 to Monday 15 March: 2 to 12 March hold 9 working days (late); a day later, 10
        assertThat(NoticeTiming.clearWorkingDays(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 15), CALENDAR))
                .isEqualTo(9);
        assertThat(NoticeTiming.clearWorkingDays(LocalDate.of(2027, 3, 1), LocalDate.of(2027, 3, 16), CALENDAR))
                .isEqualTo(10);
        assertThat(NoticeTiming.late(event("2027-03-15T18:00", "2027-03-15T23:00"), LocalDate.of(2027, 3, 1),
                CALENDAR, limits())).isTrue();
        assertThat(NoticeTiming.late(event("2027-03-16T18:00", "2027-03-16T23:00"), LocalDate.of(2027, 3, 1),
                CALENDAR, limits())).isFalse();
    }

    @Test
    void christmasAndNewYearBankHolidaysAreNotWorkingDays() {
        // 22, 23, 24, 29, 30, 31 December 2026: Christmas, the Boxing Day substitute (28th) and New Year's Day are not
        assertThat(NoticeTiming.clearWorkingDays(LocalDate.of(2026, 12, 21), LocalDate.of(2027, 1, 4), CALENDAR))
                .isEqualTo(6);
    }

    @Test
    void fewerThanFiveWorkingDaysOrMoreThan168HoursIsNoNotice() {
        assertThatThrownBy(() -> NoticeTiming.late(event("2027-03-08T18:00", "2027-03-08T23:00"),
                LocalDate.of(2027, 3, 1), CALENDAR, limits())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("4 working days");
        assertThatThrownBy(() -> NoticeTiming.late(event("2027-03-20T12:00", "2027-03-27T12:01"),
                LocalDate.of(2027, 3, 1), CALENDAR, limits())).isInstanceOf(RuleViolation.class)
                .hasMessageContaining("168 hours");
        assertThat(NoticeTiming.late(event("2027-03-20T12:00", "2027-03-27T12:00"), LocalDate.of(2027, 3, 1),
                CALENDAR, limits())).isFalse();
    }

    @Test
    void anEventEndingAtMidnightTakesPlaceOnOneDayAndOneCrossingMidnightOnTwo() {
        assertThat(TemporaryEvent.days(london("2027-06-05T18:00"), london("2027-06-06T00:00")).count()).isEqualTo(1);
        assertThat(TemporaryEvent.days(london("2027-06-05T17:00"), london("2027-06-06T01:00")).count()).isEqualTo(2);
    }

    private static NoticeTiming.Event event(String start, String end) {
        return new NoticeTiming.Event(london(start), london(end), false);
    }

    private static Instant london(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
    }

    private static TemporaryEventLimit limits() {
        TemporaryEventLimit limit = new TemporaryEventLimit();
        limit.maxHours = 168;
        limit.standardNoticeWorkingDays = 10;
        limit.lateNoticeWorkingDays = 5;
        return limit;
    }
}

package onestop.opportunities.procurement;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import onestop.platform.time.WorkingDayCalendar;

/**
 * The periods the Act sets: the shortest tender period of an above-threshold open procedure (s.54, 25 days)
 * and the standstill after a contract award notice (s.51, 8 working days, bank holidays excluded).
 */
public final class Periods {

    /** The minimum tender period of an open procedure above threshold. */
    public static final Duration OPEN_PROCEDURE_TENDER_PERIOD = Duration.ofDays(25);

    /** The shortest tender period above threshold after a planned procurement notice published in time. */
    public static final Duration REDUCED_TENDER_PERIOD = Duration.ofDays(10);

    /** The standstill, in working days. */
    public static final int STANDSTILL_WORKING_DAYS = 8;

    private Periods() {
    }

    /**
     * The shortest tender period of an above-threshold open procedure whose tender notice is published at {@code
     * tendered}: 10 days when a planned procurement notice was published at {@code planned}, at least 40 days and
     * at most a year before; 25 days otherwise (s.54 and Schedule 6 of the regulations).
     */
    public static Duration minimumTenderPeriod(Instant planned, Instant tendered) {
        boolean inTime = planned != null && !planned.isAfter(tendered.minus(Duration.ofDays(40)))
                && !planned.isBefore(tendered.atZone(ZoneOffset.UTC).minusYears(1).toInstant());
        return inTime ? REDUCED_TENDER_PERIOD : OPEN_PROCEDURE_TENDER_PERIOD;
    }

    /**
     * The last day of the standstill: eight working days "beginning with the day on which the contract award
     * notice is published" (s.51(2)), so a notice published on a working day counts that day as the first. The
     * contract may be entered into from the day after.
     */
    public static LocalDate standstillLastDay(LocalDate awardNoticeDay, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(awardNoticeDay.minusDays(1), STANDSTILL_WORKING_DAYS);
    }
}

package onestop.opportunities.procurement;

import java.time.Duration;
import java.time.LocalDate;

import onestop.platform.time.WorkingDayCalendar;

/**
 * The periods the Act sets: the shortest tender period of an above-threshold open procedure (s.54, 25 days)
 * and the standstill after a contract award notice (s.51, 8 working days, bank holidays excluded).
 */
public final class Periods {

    /** The minimum tender period of an open procedure above threshold. */
    public static final Duration OPEN_PROCEDURE_TENDER_PERIOD = Duration.ofDays(25);

    /** The standstill, in working days. */
    public static final int STANDSTILL_WORKING_DAYS = 8;

    private Periods() {
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

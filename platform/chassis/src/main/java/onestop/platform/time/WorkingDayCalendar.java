package onestop.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts working days as the statutes do: Monday to Friday, except England and Wales bank holidays
 * ({@link BankHolidays}, any year). The licensing target periods and the procurement standstill both use it.
 */
public final class WorkingDayCalendar {

    /** Days, deadlines and "today" are those of the council, in England. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar();

    private final Map<Integer, Set<LocalDate>> bankHolidays = new ConcurrentHashMap<>();

    private WorkingDayCalendar() {
    }

    /** The calendar of England and Wales. */
    public static WorkingDayCalendar englandAndWales() {
        return ENGLAND_AND_WALES;
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !isBankHoliday(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        return bankHolidays.computeIfAbsent(day.getYear(), BankHolidays::englandAndWales).contains(day);
    }

    /** The day that is {@code days} working days after {@code start} (start itself not counted). */
    public LocalDate addWorkingDays(LocalDate start, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        LocalDate day = start;
        int left = days;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /** How many working days fall after {@code from} up to and including {@code to}; 0 if {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}

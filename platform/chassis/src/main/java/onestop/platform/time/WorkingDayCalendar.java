package onestop.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts working days as the statutes do: Monday to Friday, except England and Wales bank holidays
 * ({@link BankHolidays}, any year, unless a service gives its own source with {@link #of(Holidays)}). The
 * licensing target periods and the procurement standstill both use it.
 */
public final class WorkingDayCalendar {

    /** Which days are bank holidays: the statutory rules by default, or a published list a service keeps. */
    @FunctionalInterface
    public interface Holidays {
        boolean isBankHoliday(LocalDate day);
    }

    /** Days, deadlines and "today" are those of the council, in England. */
    public static final ZoneId COUNCIL_ZONE = ZoneId.of("Europe/London");

    private static final WorkingDayCalendar ENGLAND_AND_WALES = new WorkingDayCalendar();

    private final Holidays holidays;

    private WorkingDayCalendar(Holidays holidays) {
        this.holidays = holidays;
    }

    private WorkingDayCalendar() {
        Map<Integer, Set<LocalDate>> byYear = new ConcurrentHashMap<>();
        this.holidays = day -> byYear.computeIfAbsent(day.getYear(), BankHolidays::englandAndWales).contains(day);
    }

    /** A calendar of weekends and the given bank holidays (asked day by day, so the source may change). */
    public static WorkingDayCalendar of(Holidays holidays) {
        return new WorkingDayCalendar(holidays);
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
        return holidays.isBankHoliday(day);
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

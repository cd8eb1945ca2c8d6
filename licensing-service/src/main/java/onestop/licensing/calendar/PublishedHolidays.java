package onestop.licensing.calendar;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import onestop.platform.time.BankHolidays;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The England and Wales bank holidays as published (GOV.UK's file, shipped or uploaded), and the whole years
 * they cover. A day of a year the file covers is a bank holiday only if the file lists it; a day outside them
 * is counted by the statutory rules ({@link BankHolidays}), which miss any day proclaimed later, so the
 * calendar's health warns before its coverage ends ({@link CalendarCoverageHealth}).
 *
 * @param source {@code upload} or {@code shipped}
 */
public record PublishedHolidays(Set<LocalDate> days, LocalDate coversFrom, LocalDate coverageEndsOn, String source)
        implements WorkingDayCalendar.Holidays {

    private static final Map<Integer, Set<LocalDate>> BY_RULES = new ConcurrentHashMap<>();

    public PublishedHolidays {
        days = Set.copyOf(days);
    }

    /** Whole years, from the 1 January of the first year listed to the 31 December of the last. */
    public static PublishedHolidays of(Set<LocalDate> days, String source) {
        LocalDate first = days.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = days.stream().max(LocalDate::compareTo).orElseThrow();
        return new PublishedHolidays(days, first.withDayOfYear(1), LocalDate.of(last.getYear(), 12, 31), source);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(coversFrom) && !day.isAfter(coverageEndsOn);
    }

    @Override
    public boolean isBankHoliday(LocalDate day) {
        if (covers(day)) {
            return days.contains(day);
        }
        return BY_RULES.computeIfAbsent(day.getYear(), BankHolidays::englandAndWales).contains(day);
    }
}

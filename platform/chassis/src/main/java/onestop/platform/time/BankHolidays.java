package onestop.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * England and Wales bank holidays for any year, by the rules of the Banking and Financial Dealings Act 1971 and
 * the royal proclamations that follow them every year: New Year's Day, Good Friday, Easter Monday, the first and
 * last Mondays of May, the last Monday of August, Christmas Day and Boxing Day, each on the next free weekday when
 * it falls at a weekend. The few one-off changes by proclamation (a moved or an extra day) are listed here; when
 * a new one is proclaimed it is added to {@link #MOVED} or {@link #EXTRA}. Nothing ends in a given year: a
 * calendar of 2040 counts the same way as one of 2026.
 */
public final class BankHolidays {

    /** A rule day moved by proclamation: the day the rule gives → the day it was. */
    static final Map<LocalDate, LocalDate> MOVED = Map.of(
            LocalDate.of(1995, 5, 1), LocalDate.of(1995, 5, 8),     // VE Day 50
            LocalDate.of(2002, 5, 27), LocalDate.of(2002, 6, 4),    // Golden Jubilee
            LocalDate.of(2012, 5, 28), LocalDate.of(2012, 6, 4),    // Diamond Jubilee
            LocalDate.of(2020, 5, 4), LocalDate.of(2020, 5, 8),     // VE Day 75
            LocalDate.of(2022, 5, 30), LocalDate.of(2022, 6, 2));   // Platinum Jubilee

    /** Days proclaimed in addition to the rule's. */
    static final Set<LocalDate> EXTRA = Set.of(
            LocalDate.of(1999, 12, 31),   // the millennium
            LocalDate.of(2002, 6, 3),     // Golden Jubilee
            LocalDate.of(2011, 4, 29),    // a royal wedding
            LocalDate.of(2012, 6, 5),     // Diamond Jubilee
            LocalDate.of(2022, 6, 3),     // Platinum Jubilee
            LocalDate.of(2022, 9, 19),    // the state funeral of Queen Elizabeth II
            LocalDate.of(2023, 5, 8));    // the coronation of King Charles III

    private BankHolidays() {
    }

    /** The year's bank holidays in England and Wales, in date order. */
    public static Set<LocalDate> englandAndWales(int year) {
        Set<LocalDate> days = new TreeSet<>();
        LocalDate easter = easterSunday(year);
        LocalDate newYear = LocalDate.of(year, 1, 1);
        days.add(nextWeekday(newYear));
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 5, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, 8, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        LocalDate christmas = nextWeekday(MonthDay.of(12, 25).atYear(year));
        days.add(christmas);
        days.add(nextWeekday(christmas.plusDays(1)));
        Set<LocalDate> proclaimed = new TreeSet<>();
        for (LocalDate day : days) {
            proclaimed.add(MOVED.getOrDefault(day, day));
        }
        EXTRA.stream().filter(day -> day.getYear() == year).forEach(proclaimed::add);
        return proclaimed;
    }

    /** Easter Sunday of the Gregorian calendar (the anonymous algorithm, Meeus/Jones/Butcher). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        return switch (day.getDayOfWeek()) {
            case SATURDAY -> day.plusDays(2);
            case SUNDAY -> day.plusDays(1);
            default -> day;
        };
    }
}

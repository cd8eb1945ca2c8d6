package onestop.licensing.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Counts working days: Monday to Friday, except England and Wales bank holidays (read from
 * {@code bank-holidays/england-and-wales.csv}). Periods the statutes give in working days use it.
 */
public final class WorkingDayCalendar {

    public static final String ENGLAND_AND_WALES = "/bank-holidays/england-and-wales.csv";

    private final Set<LocalDate> bankHolidays;

    public WorkingDayCalendar(Set<LocalDate> bankHolidays) {
        this.bankHolidays = new TreeSet<>(bankHolidays);
    }

    /** The calendar with the bank holidays of the data file on the class path. */
    public static WorkingDayCalendar englandAndWales() {
        try (InputStream in = WorkingDayCalendar.class.getResourceAsStream(ENGLAND_AND_WALES)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + ENGLAND_AND_WALES);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new WorkingDayCalendar(reader.lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("date,"))
                    .map(line -> LocalDate.parse(line.substring(0, line.indexOf(','))))
                    .collect(Collectors.toSet()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
    }

    public boolean isBankHoliday(LocalDate day) {
        return bankHolidays.contains(day);
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

package onestop.opportunities.insight.awards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Calendar quarters as the insight figures name them, {@code 2026-Q2}: text that sorts in time order, so a range
 * of quarters is a range of strings. An award's quarter is that of its date in the council's time zone.
 */
public final class Quarters {

    private static final Pattern QUARTER = Pattern.compile("\\d{4}-Q[1-4]");

    private Quarters() {
    }

    public static String of(LocalDate date) {
        return date.getYear() + "-Q" + ((date.getMonthValue() - 1) / 3 + 1);
    }

    public static String of(Instant at) {
        return of(LocalDate.ofInstant(at, WorkingDayCalendar.COUNCIL_ZONE));
    }

    public static boolean isQuarter(String text) {
        return text != null && QUARTER.matcher(text).matches();
    }

    /** The first day of a quarter named as {@link #of} names it. */
    public static LocalDate firstDay(String quarter) {
        return LocalDate.of(Integer.parseInt(quarter.substring(0, 4)), (quarter.charAt(6) - '1') * 3 + 1, 1);
    }

    public static LocalDate lastDay(String quarter) {
        return firstDay(quarter).plusMonths(3).minusDays(1);
    }

    /** A filter's quarters, each optional and checked: a bad one is 400 naming it. */
    public record Range(String from, String to) {

        public static Range of(String from, String to) {
            List<Problem.FieldError> errors = new ArrayList<>();
            check("from", from, errors);
            check("to", to, errors);
            if (errors.isEmpty() && from != null && to != null && from.compareTo(to) > 0) {
                errors.add(new Problem.FieldError("to", FieldCodes.OUT_OF_RANGE, "must not be before from"));
            }
            if (!errors.isEmpty()) {
                throw new InvalidInput("The quarters are not valid.", errors);
            }
            return new Range(blankToNull(from), blankToNull(to));
        }

        private static void check(String field, String value, List<Problem.FieldError> errors) {
            if (value != null && !value.isBlank() && !isQuarter(value)) {
                errors.add(new Problem.FieldError(field, FieldCodes.PATTERN, "must be a quarter, like 2026-Q2"));
            }
        }

        private static String blankToNull(String s) {
            return s == null || s.isBlank() ? null : s;
        }
    }
}

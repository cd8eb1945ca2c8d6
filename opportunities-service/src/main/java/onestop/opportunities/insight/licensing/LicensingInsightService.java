package onestop.opportunities.insight.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.opportunities.api.LicensingInsight;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The licensing figures of a period, read from {@code insight_application}. Working days are the platform's
 * England and Wales calendar (weekends and bank holidays by the statutory rules and proclamations), the same
 * rules the licensing clock counts by.
 */
@ApplicationScoped
public class LicensingInsightService {

    /** The longest period asked at once: three years of months. */
    static final int MAX_MONTHS = 36;

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    /** The figures from {@code from} to {@code to} (ISO dates, each may be absent: the last twelve months). */
    @Transactional
    public LicensingInsight figures(String fromParam, String toParam, boolean forPublic) {
        LocalDate today = LocalDate.now(clock.withZone(WorkingDayCalendar.COUNCIL_ZONE));
        List<Problem.FieldError> errors = new ArrayList<>();
        LocalDate to = date(toParam, "to", errors);
        LocalDate from = date(fromParam, "from", errors);
        if (!errors.isEmpty()) {
            throw new InvalidInput("The period is not a pair of dates.", errors);
        }
        to = to != null ? to : today;
        from = from != null ? from : to.minusMonths(11).withDayOfMonth(1);
        if (from.isAfter(to)) {
            throw new InvalidInput("The period ends before it starts.", List.of(
                    new Problem.FieldError("from", FieldCodes.OUT_OF_RANGE, "must be on or before to")));
        }
        if (from.plusMonths(MAX_MONTHS).isBefore(to)) {
            throw new InvalidInput("The period is too long.", List.of(new Problem.FieldError("from",
                    FieldCodes.OUT_OF_RANGE, "must be at most " + MAX_MONTHS + " months before to")));
        }
        // a day's instants start at midnight in England: a day before and after is enough to read, then filtered
        var start = from.minusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
        var end = to.plusDays(2).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
        List<InsightApplication> rows = InsightApplication.list(
                "(submittedAt >= ?1 and submittedAt < ?2) or (decidedAt >= ?1 and decidedAt < ?2)"
                        + " or (decidedAt is null and dueDate < ?3)", start, end, today);
        return new LicensingFigures(from, to, today, calendar).of(rows, forPublic);
    }

    private static LocalDate date(String value, String field, List<Problem.FieldError> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            errors.add(new Problem.FieldError(field, FieldCodes.NOT_A_DATE, "must be a date, YYYY-MM-DD"));
            return null;
        }
    }
}

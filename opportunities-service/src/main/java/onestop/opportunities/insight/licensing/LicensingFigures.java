package onestop.opportunities.insight.licensing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DecisionOutcome;
import onestop.opportunities.api.LicensingInsight;
import onestop.platform.time.WorkingDayCalendar;

/**
 * The licensing figures of a period, counted from {@link InsightApplication} rows (docs/domain.md, "Insight:
 * licensing performance"). Plain arithmetic on rows already read, so that each rule is tested on its own.
 */
final class LicensingFigures {

    /** The states in which the licensing target clock runs: undecided and not waiting for the applicant. */
    static final Set<String> CLOCK_RUNNING = Set.of(ApplicationStatus.SUBMITTED.name(),
            ApplicationStatus.IN_CONSULTATION.name(), ApplicationStatus.UNDER_REVIEW.name());

    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate today;
    private final WorkingDayCalendar calendar;

    LicensingFigures(LocalDate from, LocalDate to, LocalDate today, WorkingDayCalendar calendar) {
        this.from = from;
        this.to = to;
        this.today = today;
        this.calendar = calendar;
    }

    /** Every figure of {@code rows}; {@code forPublic} leaves out the refusals of a type with few decisions. */
    LicensingInsight of(List<InsightApplication> rows, boolean forPublic) {
        // the types with a figure in the period, and each one's rows
        Map<String, List<InsightApplication>> byType = new TreeMap<>();
        rows.stream().filter(r -> received(r) || decided(r) || overdue(r))
                .forEach(r -> byType.putIfAbsent(r.licenceTypeCode, new ArrayList<>()));
        rows.stream().filter(r -> byType.containsKey(r.licenceTypeCode))
                .forEach(r -> byType.get(r.licenceTypeCode).add(r));
        List<LicensingInsight.Figures> perType = new ArrayList<>();
        byType.forEach((type, ofType) -> perType.add(figures(type, ofType, forPublic)));
        List<LicensingInsight.Month> months = new ArrayList<>();
        for (YearMonth month = YearMonth.from(from); !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            YearMonth m = month;
            byType.forEach((type, ofType) -> months.add(new LicensingInsight.Month(m.toString(), type,
                    count(ofType, r -> received(r) && YearMonth.from(day(r.submittedAt)).equals(m)),
                    count(ofType, r -> decided(r) && YearMonth.from(day(r.decidedAt)).equals(m)))));
        }
        return new LicensingInsight(from, to, today, figures(null, rows, false), perType, months);
    }

    private LicensingInsight.Figures figures(String type, List<InsightApplication> rows, boolean forPublic) {
        long received = count(rows, this::received);
        List<InsightApplication> decided = rows.stream().filter(this::decided).toList();
        List<Integer> days = decided.stream().filter(r -> r.submittedAt != null)
                .map(r -> calendar.workingDaysBetween(day(r.submittedAt), day(r.decidedAt))).sorted().toList();
        long byDueDate = count(decided, r -> r.dueDate != null && !day(r.decidedAt).isAfter(r.dueDate));
        long tacit = count(decided, r -> r.grantedByTacitConsent);
        long refused = count(decided, r -> DecisionOutcome.REFUSE.name().equals(r.outcome));
        boolean hideRefusals = forPublic && decided.size() < LicensingInsight.PUBLIC_MINIMUM_DECISIONS;
        Integer target = type == null ? null
                : rows.stream().filter(r -> r.targetWorkingDays != null)
                        .max(Comparator.comparing((InsightApplication r) -> r.lastOccurredAt))
                        .map(r -> r.targetWorkingDays).orElse(null);
        return new LicensingInsight.Figures(type, received, decided.size(), target, median(days), percentile90(days),
                byDueDate, count(rows, this::overdue), tacit, hideRefusals ? null : refused,
                hideRefusals ? null : percent(refused, decided.size()));
    }

    /** Submitted on a day of the period. */
    boolean received(InsightApplication row) {
        return row.submittedAt != null && within(day(row.submittedAt));
    }

    /** Decided (granted, by an officer or tacit consent, or refused) on a day of the period. */
    boolean decided(InsightApplication row) {
        return row.decidedAt != null && within(day(row.decidedAt));
    }

    /** Undecided, its clock running, and its due date passed: as at today, whatever the period. */
    boolean overdue(InsightApplication row) {
        return row.decidedAt == null && CLOCK_RUNNING.contains(row.status) && row.dueDate != null
                && row.dueDate.isBefore(today);
    }

    private boolean within(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, WorkingDayCalendar.COUNCIL_ZONE);
    }

    /** The middle value, or the mean of the two middle ones; null when there are none. */
    static BigDecimal median(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        BigDecimal middle = n % 2 == 1 ? BigDecimal.valueOf(sorted.get(n / 2))
                : BigDecimal.valueOf(sorted.get(n / 2 - 1) + sorted.get(n / 2)).divide(BigDecimal.valueOf(2));
        return middle.setScale(1, RoundingMode.HALF_UP);
    }

    /** The 90th percentile by the nearest-rank method: the value at rank ⌈0.9 n⌉; null when there are none. */
    static BigDecimal percentile90(List<Integer> sorted) {
        int n = sorted.size();
        if (n == 0) {
            return null;
        }
        int rank = (int) Math.ceil(0.9 * n);
        return BigDecimal.valueOf(sorted.get(rank - 1)).setScale(1, RoundingMode.HALF_UP);
    }

    /** {@code part} of {@code whole} as a percentage to one decimal place; null of nothing. */
    static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    private static long count(List<InsightApplication> rows, Predicate<InsightApplication> which) {
        return rows.stream().filter(Objects::nonNull).filter(which).count();
    }
}

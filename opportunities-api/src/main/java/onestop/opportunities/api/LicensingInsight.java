package onestop.opportunities.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * How the licensing service performed in a period ({@code from} to {@code to}, whole days in England), from the
 * licensing events (docs/domain.md, "Insight: licensing performance", defines every figure): in all, per licence
 * type, and received and decided per type and month. {@code overdue} is counted as at {@code asOf} (today).
 * Aggregates only, never a person or an application. On the public route a type's refusals are left out
 * ({@code null}) when it had fewer than {@link #PUBLIC_MINIMUM_DECISIONS} decisions in the period.
 */
public record LicensingInsight(LocalDate from, LocalDate to, LocalDate asOf, Figures total, List<Figures> types,
        List<Month> months) {

    /** Below this many decisions, a type's refusals are not published (they could point at one applicant). */
    public static final int PUBLIC_MINIMUM_DECISIONS = 5;

    /**
     * The figures of one licence type ({@code licenceTypeCode}), or of all ({@code null}): received and decided in
     * the period; working days from submission to decision (median, 90th percentile) of those decided, against
     * the type's statutory target ({@code targetWorkingDays}); how many were decided by their due date; overdue
     * now; granted by tacit consent; refused, and refused as a percentage of decided (one decimal place).
     */
    public record Figures(String licenceTypeCode, long received, long decided, Integer targetWorkingDays,
            BigDecimal medianWorkingDays, BigDecimal percentile90WorkingDays, long decidedByDueDate, long overdue,
            long tacitConsentGrants, Long refused, BigDecimal refusalRate) {
    }

    /** Applications of one type received and decided in one calendar month ({@code month}: "2026-03"). */
    public record Month(String month, String licenceTypeCode, long received, long decided) {
    }
}

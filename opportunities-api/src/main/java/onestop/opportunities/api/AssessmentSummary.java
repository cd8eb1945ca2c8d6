package onestop.opportunities.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/**
 * What s.50 of the Act says a supplier who tendered is told before the award: its own scores against each award
 * criterion and the winning tender's, with the reasons; whether it won; and when the standstill ends. On a notice
 * divided into lots, for one lot ({@code lotId}) the tender bid for.
 */
public record AssessmentSummary(UUID opportunityId, String reference, String title, String buyer,
        String responseReference, boolean successful, List<Line> criteria, BigDecimal yourTotal,
        BigDecimal winningTotal, String winningSupplier, Instant sentAt, LocalDate standstillLastDay, String lotId) {

    public AssessmentSummary(UUID opportunityId, String reference, String title, String buyer,
            String responseReference, boolean successful, List<Line> criteria, BigDecimal yourTotal,
            BigDecimal winningTotal, String winningSupplier, Instant sentAt, LocalDate standstillLastDay) {
        this(opportunityId, reference, title, buyer, responseReference, successful, criteria, yourTotal, winningTotal,
                winningSupplier, sentAt, standstillLastDay, null);
    }

    /** One criterion: its weighting, this tender's score and reason, the winning tender's. */
    @Schema(name = "AssessmentLine")
    public record Line(String criterion, AwardCriterion.Kind kind, int weight, int yourScore, String yourReason,
            int winningScore, String winningReason) {
    }
}

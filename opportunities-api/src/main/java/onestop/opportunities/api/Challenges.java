package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** The requests and views of a challenge run as a process: terms, stage asks, submissions, decisions. */
public final class Challenges {

    private Challenges() {
    }

    /** The buyer's terms: SBRI-style or not, the budget, and the intellectual property position stated publicly. */
    public record Terms(@NotNull Boolean sbri, @NotNull @Positive Long budgetPence,
            @NotBlank @Size(max = 2000) String ipPosition) {
    }

    /** What a stage asks for, and by when. */
    public record StageAsk(@NotNull ChallengeAsk asked, @NotNull Instant deadline) {
    }

    /** A supplier's submission at a stage. */
    public record SubmissionRequest(@NotBlank @Size(max = 10000) String summary) {
    }

    public record SubmissionView(UUID id, ChallengeStage stage, UUID businessId, String supplierName, String summary,
            Instant submittedAt) {
    }

    /** One supplier's funding for the phase that follows a decided stage. */
    public record Funding(@NotNull UUID businessId, @NotNull @PositiveOrZero Long pence) {
    }

    /** The buyer's decision at a stage: who is kept in, and what each kept supplier is funded. */
    public record Decision(@NotNull List<@NotNull UUID> kept, List<@Valid @NotNull Funding> funding) {
        public List<Funding> fundingOrNone() {
            return funding == null ? List.of() : funding;
        }
    }

    public record FundedSupplier(UUID businessId, String name, long pence) {
    }

    /** A stage as the public sees it: what it asks, by when, how many submitted, and once decided who was funded. */
    public record StageView(ChallengeStage stage, ChallengeAsk asked, Instant deadline, long submissions,
            boolean decided, int kept, List<FundedSupplier> funded) {
    }

    /** A supplier's own standing at each stage it took part in. */
    public record StandingView(ChallengeStage stage, boolean submitted, ChallengeOutcome outcome, long fundingPence) {
    }

    public record ChallengeView(UUID opportunityId, String reference, String title, String buyer,
            ChallengeStage currentStage, Boolean sbri, Long budgetPence, String ipPosition, long fundedTotalPence,
            List<StageView> stages) {
    }
}

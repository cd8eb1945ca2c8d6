package onestop.opportunities.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A supplier's response: a summary, a price, social value commitments, and the lots it bids for. */
public record ResponseFields(
        @NotBlank @Size(max = 20000) String summary,
        @NotNull @PositiveOrZero Long pricePence,
        @Size(max = 30) List<@Valid @NotNull Commitment> socialValueCommitments,
        @Size(max = 50) List<@NotBlank String> lotIds) {

    public ResponseFields(String summary, Long pricePence, List<Commitment> socialValueCommitments) {
        this(summary, pricePence, socialValueCommitments, null);
    }

    /** The lots bid for: required, one or more of the notice's, when the notice has lots; none otherwise. */
    public List<String> lots() {
        return lotIds == null ? List.of() : lotIds;
    }

    public List<Commitment> commitments() {
        return socialValueCommitments == null ? List.of() : socialValueCommitments;
    }
}

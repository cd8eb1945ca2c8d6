package onestop.opportunities.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A supplier's response: a summary, a price and social value commitments. */
public record ResponseFields(
        @NotBlank @Size(max = 20000) String summary,
        @NotNull @PositiveOrZero Long pricePence,
        @Size(max = 30) List<@Valid @NotNull Commitment> socialValueCommitments) {

    public List<Commitment> commitments() {
        return socialValueCommitments == null ? List.of() : socialValueCommitments;
    }
}

package onestop.opportunities.api;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The buyer's assessment of one tender: a score and a reason against every award criterion of the notice. */
public record AssessmentRequest(@NotNull @Size(min = 1, max = 20) List<@NotNull @Valid Score> scores) {
}

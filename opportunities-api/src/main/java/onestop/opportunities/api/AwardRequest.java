package onestop.opportunities.api;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** The winning response and the contract value. */
public record AwardRequest(@NotNull UUID responseId, @NotNull @PositiveOrZero Long valuePence) {
}

package onestop.opportunities.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A change to a contract: what changes and why, and its new value or end where those change. */
public record ContractChangeRequest(@NotBlank @Size(max = 4000) String description, @PositiveOrZero Long valuePence,
        LocalDate endOn) {
}

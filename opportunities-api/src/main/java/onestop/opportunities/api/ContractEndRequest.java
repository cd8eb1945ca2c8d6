package onestop.opportunities.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The end of a contract, however it ended (expiry, breach, agreement...), and why. */
public record ContractEndRequest(@NotNull LocalDate endedOn, @NotBlank @Size(max = 4000) String reason) {
}

package onestop.opportunities.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * The contract as entered into: the day it was signed, its term, and its value (the awarded value when left
 * out), for the contract details notice.
 */
public record ContractRequest(@NotNull LocalDate signedOn, LocalDate startOn, LocalDate endOn,
        @PositiveOrZero Long valuePence) {
}

package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;

/** A change to a contract entered into, as its contract change notice publishes it: what changed, value and end. */
public record ContractAmendment(int number, Instant date, String description, Long valuePence, LocalDate endOn) {
}

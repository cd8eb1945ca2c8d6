package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/** The contract once entered into, as its contract details notice (UK7) publishes it. */
@Embeddable
public class ContractDetails {

    @Column(name = "contract_signed_on")
    public LocalDate signedOn;
    @Column(name = "contract_start_on")
    public LocalDate startOn;
    @Column(name = "contract_end_on")
    public LocalDate endOn;
    @Column(name = "contract_value_pence")
    public Long valuePence;
    @Column(name = "contract_entered_at")
    public Instant enteredAt;

    /**
     * The details hold together, entered on {@code today} after a standstill whose last day was {@code
     * standstillLastDay} (null: none): signed after it and not in the future, ending no earlier than it starts.
     */
    void check(LocalDate today, LocalDate standstillLastDay) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (signedOn.isAfter(today)) {
            errors.add(new Problem.FieldError("signedOn", FieldCodes.OUT_OF_RANGE, "must not be in the future"));
        } else if (standstillLastDay != null && !signedOn.isAfter(standstillLastDay)) {
            errors.add(new Problem.FieldError("signedOn", FieldCodes.OUT_OF_RANGE,
                    "must be after the standstill, which ended on " + standstillLastDay));
        }
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            errors.add(new Problem.FieldError("endOn", FieldCodes.OUT_OF_RANGE, "must not be before startOn"));
        }
        if (!errors.isEmpty()) {
            throw new RuleViolation("The contract details do not hold together.", errors);
        }
    }
}

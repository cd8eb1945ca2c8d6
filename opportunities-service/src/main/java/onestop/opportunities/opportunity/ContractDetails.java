package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import onestop.opportunities.api.DirectAwardGround;
import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
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
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "contract_amendments")
    public List<ContractAmendment> amendments = new ArrayList<>();
    @Column(name = "contract_terminated_on")
    public LocalDate terminatedOn;
    @Column(name = "contract_termination_reason")
    public String terminationReason;

    /**
     * The contract of {@code o} is entered into: only once awarded, once, and not before the standstill has ended
     * (a notice awarded before standstill existed here has none to wait for).
     */
    public static void enter(Opportunity o, ContractDetails details, LocalDate today, Instant now) {
        if (o.status != OpportunityStatus.AWARDED) {
            throw new IllegalTransition("Only an awarded procurement has a contract to enter; this one is "
                    + o.status.phrase() + ".");
        }
        if (o.contract != null) {
            throw new IllegalTransition("The contract was entered into on " + o.contract.signedOn + ".");
        }
        if (o.standstillLastDay != null && !today.isAfter(o.standstillLastDay)) {
            throw new IllegalTransition("The standstill period ends at the end of " + o.standstillLastDay
                    + "; the contract may be entered into from the day after.");
        }
        details.check(today, o.standstillLastDay);
        details.enteredAt = now;
        o.contract = details;
        o.updatedAt = now;
    }

    /**
     * {@code o}, a draft or planned procurement, is awarded directly to {@code supplierName} on a Schedule 5 ground
     * (a transparency notice), with the standstill that then runs until the end of {@code standstillLastDay}.
     */
    public static void awardDirectly(Opportunity o, DirectAwardGround ground, String justification,
            String supplierName, long valuePence, LocalDate standstillLastDay, Instant now) {
        if (o.status != OpportunityStatus.DRAFT && o.status != OpportunityStatus.PLANNED) {
            throw new IllegalTransition("Only a procurement not yet tendered is awarded directly; this one is "
                    + o.status.phrase() + ".");
        }
        o.status = NoticeLifecycle.move(o.status, OpportunityStatus.AWARDED);
        o.directAwardGround = ground;
        o.directAwardJustification = justification;
        o.awardedSupplierName = supplierName;
        o.awardedValuePence = valuePence;
        o.awardedAt = now;
        o.standstillLastDay = standstillLastDay;
        o.updatedAt = now;
    }

    /** Each change to the contract, oldest first. */
    public List<ContractAmendment> changes() {
        return amendments == null ? List.of() : amendments;
    }

    /** Changes the contract, if it has not ended: its value and end as given (null: unchanged). */
    public void change(String description, Long valuePence, LocalDate endOn, Instant now) {
        if (terminatedOn != null) {
            throw new IllegalTransition("The contract ended on " + terminatedOn + "; an ended contract is not changed.");
        }
        if (endOn != null && startOn != null && endOn.isBefore(startOn)) {
            throw new RuleViolation("The change does not hold together.",
                    List.of(new Problem.FieldError("endOn", FieldCodes.OUT_OF_RANGE, "must not be before the start, "
                            + startOn)));
        }
        amendments = amendments == null ? new ArrayList<>() : new ArrayList<>(amendments);
        amendments.add(new ContractAmendment(amendments.size() + 1, now, description, valuePence, endOn));
        if (valuePence != null) {
            this.valuePence = valuePence;
        }
        if (endOn != null) {
            this.endOn = endOn;
        }
    }

    /** The contract ended on {@code endedOn}, not before it was signed nor in the future, for {@code reason}. */
    public void terminate(LocalDate endedOn, String reason, LocalDate today) {
        if (terminatedOn != null) {
            throw new IllegalTransition("The contract already ended on " + terminatedOn + ".");
        }
        if (endedOn.isBefore(signedOn) || endedOn.isAfter(today)) {
            throw new RuleViolation("The end of the contract is out of range.",
                    List.of(new Problem.FieldError("endedOn", FieldCodes.OUT_OF_RANGE,
                            "must be between the signature, " + signedOn + ", and today")));
        }
        terminatedOn = endedOn;
        terminationReason = reason;
    }

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

package onestop.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import com.fasterxml.jackson.databind.JsonNode;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.licensing.api.ApplicationEvent;
import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.HolderConsent;
import onestop.licensing.api.Premises;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.Duplicate;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Forbidden;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * A licence application and its lifecycle. Each transition is one method that checks the state and the
 * actor against {@link ApplicationAction} and throws a typed refusal; the service around it records the
 * timeline and the events.
 */
@Entity
@Table(name = "application")
public class Application extends PanacheEntityBase {

    /** The states in which the target clock runs (complete, paid, undecided, not waiting for the applicant). */
    public static final Set<ApplicationStatus> CLOCK_RUNNING = EnumSet.of(ApplicationStatus.SUBMITTED,
            ApplicationStatus.IN_CONSULTATION, ApplicationStatus.UNDER_REVIEW);

    @Id
    public UUID id;

    public String reference;

    @Column(name = "business_id")
    public UUID businessId;

    @Column(name = "holder_name")
    public String holderName;

    @Column(name = "licence_type_code")
    public String licenceTypeCode;

    @Enumerated(EnumType.STRING)
    public ApplicationKind kind;

    /** The existing licence a renewal, variation or transfer is about. */
    @Column(name = "licence_id")
    public UUID licenceId;

    @Enumerated(EnumType.STRING)
    public ApplicationStatus status;

    @Column(name = "premises_name")
    public String premisesName;

    @Column(name = "premises_address_line1")
    public String premisesAddressLine1;

    @Column(name = "premises_town")
    public String premisesTown;

    @Column(name = "premises_postcode")
    public String premisesPostcode;

    /** The UPRN of an address found by postcode (OS Places); null for one entered by hand. */
    @Column(name = "premises_uprn")
    public String premisesUprn;

    @JdbcTypeCode(SqlTypes.JSON)
    public JsonNode details;

    @Column(name = "fee_pence")
    public int feePence;

    @Column(name = "payment_reference")
    public String paymentReference;

    @Column(name = "paid_at")
    public Instant paidAt;

    /** The GOV.UK Pay state of the latest payment of the fee (null: none started). */
    @Column(name = "payment_state")
    public String paymentState;

    @Column(name = "assigned_to")
    public String assignedTo;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    /** The last working day of the target period. */
    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "information_requested_at")
    public Instant informationRequestedAt;

    @Column(name = "consultation_ends_at")
    public Instant consultationEndsAt;

    @Column(name = "decided_at")
    public Instant decidedAt;

    @Enumerated(EnumType.STRING)
    public DecisionOutcome outcome;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<String> conditions;

    public String reasons;

    /** Licensable activities a decision after a hearing left off the licence. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "excluded_activities")
    public List<String> excludedActivities;

    @Column(name = "appeal_deadline")
    public LocalDate appealDeadline;

    @Column(name = "granted_by_tacit_consent")
    public boolean grantedByTacitConsent;

    @Column(name = "issued_licence_id")
    public UUID issuedLicenceId;

    /** When the target period was extended, once (null: never), why, and the due date it had before. */
    @Column(name = "target_extended_at")
    public Instant targetExtendedAt;

    @Column(name = "target_extension_reasons")
    public String targetExtensionReasons;

    @Column(name = "due_date_before_extension")
    public LocalDate dueDateBeforeExtension;

    /** A transfer from another business: its holder's consent (s.44 Licensing Act 2003), null until given. */
    @Column(name = "holder_consent")
    @Enumerated(EnumType.STRING)
    public HolderConsent holderConsent;

    @Column(name = "holder_consent_at")
    public Instant holderConsentAt;

    @Version
    public int version;

    public Premises premises() {
        return new Premises(premisesName, premisesAddressLine1, premisesTown, premisesPostcode, premisesUprn);
    }

    public void setPremises(Premises premises) {
        premisesName = premises.name();
        premisesAddressLine1 = premises.addressLine1();
        premisesTown = premises.town();
        premisesPostcode = premises.postcode();
        premisesUprn = premises.uprn();
    }

    public boolean isPaid() {
        return paymentReference != null;
    }

    /** Undecided past its due date while the clock runs. */
    public boolean isOverdue(LocalDate today) {
        return CLOCK_RUNNING.contains(status) && dueDate != null && dueDate.isBefore(today);
    }

    /** The data of the events about this application, just after it left {@code previous}. */
    public ApplicationEvent event(ApplicationStatus previous, String message, Instant at) {
        // the type's statutory target (once submitted: the insight figures) and its name (for what people read)
        LicenceType type = LicenceType.findById(licenceTypeCode);
        return new ApplicationEvent(id, reference, businessId, licenceTypeCode, kind, status, previous, submittedAt,
                dueDate, consultationEndsAt, decidedAt, outcome, outcome == null ? null : grantedByTacitConsent,
                issuedLicenceId, message, at, appealDeadline, null, null,
                type == null || submittedAt == null ? null : type.targetDays, type == null ? null : type.name);
    }

    /** Refuses {@code action} unless the state and the actor allow it. */
    public void check(ApplicationAction action, Actor actor) {
        if (action.actor() != actor.kind()) {
            throw new Forbidden("Only the " + action.actor().name().toLowerCase() + " may " + action.phrase() + ".");
        }
        if (!action.allowedFrom(status)) {
            throw new IllegalTransition("You cannot " + action.phrase() + " while application " + reference + " is "
                    + status.phrase() + ".");
        }
    }

    public void edit(Premises newPremises, JsonNode newDetails, String newHolderName, Actor actor, Instant now) {
        check(ApplicationAction.EDIT, actor);
        if (newPremises != null) {
            // premises fields left out keep their value; details, when given, replace the whole object
            setPremises(premises().with(newPremises));
        }
        if (newDetails != null) {
            details = newDetails;
        }
        if (newHolderName != null) {
            holderName = newHolderName;
        }
        updatedAt = now;
    }

    /**
     * Records the fee as paid by GOV.UK Pay payment {@code payId} (Pay said {@code success}); false when the fee
     * was already paid. Whatever the state: the money was taken even if the applicant withdrew meanwhile.
     */
    public boolean settleFee(String payId, Instant now) {
        if (isPaid()) {
            return false;
        }
        paymentReference = payId;
        paidAt = now;
        updatedAt = now;
        return true;
    }

    /** DRAFT → SUBMITTED, when nothing is missing; the target clock starts and runs to {@code due}. */
    public Transition submit(List<Problem.FieldError> missing, LocalDate due, Actor actor, Instant now) {
        check(ApplicationAction.SUBMIT, actor);
        refuseIfIncomplete(missing);
        submittedAt = now;
        dueDate = due;
        return moveTo(ApplicationStatus.SUBMITTED, now);
    }

    /** SUBMITTED → INFORMATION_REQUESTED; the clock pauses. */
    public Transition requestInformation(Actor actor, Instant now) {
        check(ApplicationAction.REQUEST_INFORMATION, actor);
        informationRequestedAt = now;
        return moveTo(ApplicationStatus.INFORMATION_REQUESTED, now);
    }

    /** INFORMATION_REQUESTED → SUBMITTED; the clock resumes, the due date moved on by the pause. */
    public Transition resubmit(List<Problem.FieldError> missing, LocalDate newDue, Actor actor, Instant now) {
        check(ApplicationAction.RESUBMIT, actor);
        refuseIfIncomplete(missing);
        dueDate = newDue;
        informationRequestedAt = null;
        return moveTo(ApplicationStatus.SUBMITTED, now);
    }

    /** SUBMITTED → IN_CONSULTATION until {@code consultationEnds}, or UNDER_REVIEW when it is {@code null}. */
    public Transition validate(Instant consultationEnds, Actor actor, Instant now) {
        check(ApplicationAction.VALIDATE, actor);
        consultationEndsAt = consultationEnds;
        return moveTo(consultationEnds == null ? ApplicationStatus.UNDER_REVIEW : ApplicationStatus.IN_CONSULTATION,
                now);
    }

    public void assign(String officer, Actor actor, Instant now) {
        check(ApplicationAction.ASSIGN, actor);
        assignedTo = officer;
        updatedAt = now;
    }

    public void checkRepresentationAllowed(Actor actor, Instant now) {
        check(ApplicationAction.RECORD_REPRESENTATION, actor);
        if (!now.isBefore(consultationEndsAt)) {
            throw new RuleViolation("The consultation on " + reference + " ended at " + consultationEndsAt
                    + "; representations can no longer be made.");
        }
    }

    /**
     * Refuses a representation from the public or a responsible authority unless the consultation runs: 409 when
     * the application is not under consultation, 422 once it has ended.
     */
    public void checkOpenForRepresentations(Instant now) {
        if (status != ApplicationStatus.IN_CONSULTATION) {
            throw new IllegalTransition("Application " + reference + " is not under consultation; representations "
                    + "can no longer be made.");
        }
        if (!now.isBefore(consultationEndsAt)) {
            throw new RuleViolation("The consultation on " + reference + " ended at " + consultationEndsAt
                    + "; representations can no longer be made.",
                    List.of(new Problem.FieldError("representationsUntil", FieldCodes.INVALID,
                            "was " + consultationEndsAt)));
        }
    }

    /** IN_CONSULTATION (once it has ended) or UNDER_REVIEW → GRANTED (any outcome that grants) or REFUSED. */
    public Transition decide(DecisionOutcome decision, List<String> grantConditions, String decisionReasons,
            Actor actor, Instant now) {
        check(ApplicationAction.DECIDE, actor);
        if (status == ApplicationStatus.IN_CONSULTATION && now.isBefore(consultationEndsAt)) {
            throw new RuleViolation("The consultation on " + reference + " runs until " + consultationEndsAt
                    + "; no decision can be made before it ends.",
                    List.of(new Problem.FieldError("consultationEndsAt", FieldCodes.INVALID, "is " + consultationEndsAt)));
        }
        if (decision == DecisionOutcome.REFUSE && (decisionReasons == null || decisionReasons.isBlank())) {
            throw new RuleViolation("A refusal must give reasons.",
                    List.of(new Problem.FieldError("reasons", FieldCodes.REQUIRED, "is required to refuse")));
        }
        outcome = decision;
        conditions = decision.grants() ? List.copyOf(grantConditions) : List.of();
        reasons = decisionReasons;
        decidedAt = now;
        return moveTo(decision.grants() ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED, now);
    }

    /** Undecided when the target period ended: the licence is deemed granted, as applied for. */
    public Transition grantByTacitConsent(Instant now) {
        check(ApplicationAction.GRANT_BY_TACIT_CONSENT, Actor.SYSTEM);
        if (consultationEndsAt != null && now.isBefore(consultationEndsAt)) {
            throw new RuleViolation("The consultation on " + reference + " runs until " + consultationEndsAt
                    + ": tacit consent cannot be given while it runs.");
        }
        outcome = DecisionOutcome.GRANT;
        conditions = List.of();
        grantedByTacitConsent = true;
        decidedAt = now;
        return moveTo(ApplicationStatus.GRANTED, now);
    }

    /** A given temporary event notice: SUBMITTED → IN_CONSULTATION, open to objection until {@code until}. */
    public Transition openObjectionPeriod(Instant until, Instant now) {
        check(ApplicationAction.OPEN_OBJECTION_PERIOD, Actor.SYSTEM);
        consultationEndsAt = until;
        return moveTo(ApplicationStatus.IN_CONSULTATION, now);
    }

    /** A temporary event notice ends by the system: acknowledged (no objection) or a counter notice. */
    public Transition endNotice(ApplicationAction action, String why, Instant now) {
        check(action, Actor.SYSTEM);
        boolean acknowledged = action == ApplicationAction.ACKNOWLEDGE;
        outcome = acknowledged ? DecisionOutcome.GRANT : DecisionOutcome.REFUSE;
        conditions = List.of();
        reasons = acknowledged ? null : why;
        decidedAt = now;
        return moveTo(acknowledged ? ApplicationStatus.GRANTED : ApplicationStatus.REFUSED, now);
    }

    public Transition withdraw(Actor actor, Instant now) {
        check(ApplicationAction.WITHDRAW, actor);
        return moveTo(ApplicationStatus.WITHDRAWN, now);
    }

    private static void refuseIfIncomplete(List<Problem.FieldError> missing) {
        if (!missing.isEmpty()) {
            throw new RuleViolation("The application is not complete: " + missing.size()
                    + " thing(s) are missing or invalid.", missing);
        }
    }

    private Transition moveTo(ApplicationStatus next, Instant now) {
        ApplicationStatus previous = status;
        status = next;
        updatedAt = now;
        return new Transition(previous, next);
    }
}

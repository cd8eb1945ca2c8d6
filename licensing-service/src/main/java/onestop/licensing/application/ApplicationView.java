package onestop.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.timeline.Actor;
import onestop.platform.problem.Problem;

/** An application as its owner and officers see it, with what the caller may do next. */
public record ApplicationView(UUID id, String reference, UUID businessId, String holderName, String licenceTypeCode,
        ApplicationKind kind, UUID licenceId, ApplicationStatus status, Premises premises, JsonNode details,
        int feePence, boolean feePaid, String paymentReference, String assignedTo, Instant createdAt,
        Instant updatedAt, Instant submittedAt, LocalDate dueDate, boolean overdue, Instant informationRequestedAt,
        Instant consultationEndsAt, Instant decidedAt, DecisionOutcome outcome, List<String> conditions,
        String reasons, boolean grantedByTacitConsent, UUID issuedLicenceId, int version,
        List<ApplicationAction> allowedActions,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Problem.FieldError> missing) {

    public static ApplicationView of(Application a, Actor.Kind viewer, LocalDate today) {
        return of(a, viewer, today, null);
    }

    /** With {@code missing}: what submission would still refuse, shown while the applicant can act on it. */
    public static ApplicationView of(Application a, Actor.Kind viewer, LocalDate today,
            List<Problem.FieldError> missing) {
        return new ApplicationView(a.id, a.reference, a.businessId, a.holderName, a.licenceTypeCode, a.kind,
                a.licenceId, a.status, a.premises(), a.details, a.feePence, a.isPaid(), a.paymentReference,
                a.assignedTo, a.createdAt, a.updatedAt, a.submittedAt, a.dueDate, a.isOverdue(today),
                a.informationRequestedAt, a.consultationEndsAt, a.decidedAt, a.outcome, a.conditions, a.reasons,
                a.grantedByTacitConsent, a.issuedLicenceId, a.version, ApplicationAction.allowed(a.status, viewer),
                missing);
    }
}

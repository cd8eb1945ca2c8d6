package onestop.licensing.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of every {@code onestop.licensing.application.*} event: who it concerns (business), which
 * application (id and reference), its type, state and dates, so that the gateway can notify without
 * calling back.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationEvent(UUID applicationId, String reference, UUID businessId, String licenceTypeCode,
        ApplicationKind kind, ApplicationStatus status, ApplicationStatus previousStatus, Instant submittedAt,
        LocalDate dueDate, Instant consultationEndsAt, Instant decidedAt, Application.Outcome outcome,
        Boolean grantedByTacitConsent, UUID licenceId, String message, Instant occurredAt) {

    static ApplicationEvent of(Application a, ApplicationStatus previous, String message, Instant at) {
        return new ApplicationEvent(a.id, a.reference, a.businessId, a.licenceTypeCode, a.kind, a.status, previous,
                a.submittedAt, a.dueDate, a.consultationEndsAt, a.decidedAt, a.outcome,
                a.outcome == null ? null : a.grantedByTacitConsent, a.issuedLicenceId, message, at);
    }
}

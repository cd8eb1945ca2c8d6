package onestop.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The data of every {@code onestop.licensing.application.*} event: who it concerns (business), which
 * application (id and reference), its type, state and dates, so that the gateway can notify without
 * calling back. A decision carries the last day to appeal it; the hearing-scheduled event (and a decision
 * after a hearing) carry the hearing's start and place. Once submitted, every event carries the type's statutory
 * target in working days ({@code targetWorkingDays}, added for the insight figures; absent from older events), and
 * every event the type's name ({@code licenceTypeName}: "Premises licence", for what people read). Null fields are
 * left out; a consumer ignores fields it does not know.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ApplicationEvent(UUID applicationId, String reference, UUID businessId, String licenceTypeCode,
        ApplicationKind kind, ApplicationStatus status, ApplicationStatus previousStatus, Instant submittedAt,
        LocalDate dueDate, Instant consultationEndsAt, Instant decidedAt, DecisionOutcome outcome,
        Boolean grantedByTacitConsent, UUID licenceId, String message, Instant occurredAt, LocalDate appealDeadline,
        Instant hearingStartsAt, String hearingPlace, Integer targetWorkingDays, String licenceTypeName) {

    /** The same event about an application that has a hearing, {@code startsAt} at {@code place}. */
    public ApplicationEvent withHearing(Instant startsAt, String place) {
        return new ApplicationEvent(applicationId, reference, businessId, licenceTypeCode, kind, status,
                previousStatus, submittedAt, dueDate, consultationEndsAt, decidedAt, outcome, grantedByTacitConsent,
                licenceId, message, occurredAt, appealDeadline, startsAt, place, targetWorkingDays, licenceTypeName);
    }
}

package onestop.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An application as its owner and officers see it, as {@code GET /api/licensing/applications/{id}} answers it;
 * {@code allowedActions} names what the caller may do next ({@code EDIT}, {@code WITHDRAW}, ...);
 * {@code targetExtendedAt} and its reasons once the target period has been extended (once at most);
 * {@code holderConsent} on a transfer from another business, once its holder has answered.
 * {@code temporaryEvent} is there for a given temporary event notice, when one application is read. A decision names
 * the activities it excluded and, where the decision can be appealed, the last day to appeal.
 * {@code paymentState} is the GOV.UK Pay state of the latest payment of the fee (null: none started; see PaymentView).
 */
public record ApplicationView(UUID id, String reference, UUID businessId, String holderName, String licenceTypeCode,
        ApplicationKind kind, UUID licenceId, ApplicationStatus status, Premises premises, JsonNode details,
        int feePence, boolean feePaid, String paymentReference, String paymentState, String assignedTo, Instant createdAt,
        Instant updatedAt, Instant submittedAt, LocalDate dueDate, boolean overdue, Instant informationRequestedAt,
        Instant consultationEndsAt, Instant decidedAt, DecisionOutcome outcome, List<String> conditions,
        String reasons, boolean grantedByTacitConsent, UUID issuedLicenceId, Instant targetExtendedAt,
        String targetExtensionReasons, HolderConsent holderConsent, int version,
        List<String> allowedActions, @JsonInclude(JsonInclude.Include.NON_NULL) List<Missing> missing,
        @JsonInclude(JsonInclude.Include.NON_NULL) TemporaryEventView temporaryEvent,
        LocalDate appealDeadline, List<String> excludedActivities) {

    /** Where the licensed activity takes place; {@code uprn} when the address was found by postcode. */
    @Schema(name = "ApplicationPremises")
    public record Premises(String name, String addressLine1, String town, String postcode,
            @JsonInclude(JsonInclude.Include.NON_NULL) String uprn) {

        public Premises(String name, String addressLine1, String town, String postcode) {
            this(name, addressLine1, town, postcode, null);
        }
    }

    /** Something submission would still refuse: the field, the problem's code and why. */
    public record Missing(String field, String code, String message) {
    }
}

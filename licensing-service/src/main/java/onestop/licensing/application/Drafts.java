package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.LicenceEvent;
import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.LicensingEvents;
import onestop.licensing.api.NewApplication;
import onestop.licensing.api.Premises;
import onestop.platform.time.WorkingDayCalendar;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.licence.Licence;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;

/**
 * Starts draft applications: numbers them ({@code LIC-2026-000123}), pre-fills a renewal, variation or
 * transfer from the current licence of the same type that it names (the business's own, or for a transfer
 * another business's premises licence, see {@link Transfers}), and opens drafts on a
 * business's behalf when another service says it needs a licence.
 */
@ApplicationScoped
public class Drafts {

    /** A renewal of a licence that does not expire (a premises licence has effect until it ends, s.26). */
    public static final String NOT_RENEWABLE = "not-renewable";

    /** A renewal, variation or transfer of a temporary event notice, which covers one event (Part 5). */
    public static final String NOTICE_NOT_CHANGEABLE = "ten-not-changeable";

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Timeline timeline;

    @Inject
    ApplicationHistory history;

    @Inject
    Outbox outbox;

    @Transactional
    public Application start(UUID businessId, NewApplication request, Actor actor) {
        LicenceType type = LicenceType.findById(request.licenceTypeCode());
        if (type == null) {
            throw new InvalidInput("There is no licence type " + request.licenceTypeCode() + ".",
                    List.of(new Problem.FieldError("licenceTypeCode", FieldCodes.UNKNOWN, "is not a licence type")));
        }
        requireObject(request.details());
        refusePremisesUnlessAsked(type, request.premises());
        Application application = newDraft(businessId, type, request.kind());
        Licence licence = request.kind().needsExistingLicence() ? existingLicence(businessId, type, request) : null;
        if (licence != null) {
            prefillFrom(licence, application);
        }
        if (request.premises() != null) {
            application.setPremises(request.premises());
        }
        if (request.details() != null) {
            application.details = request.details();
        }
        if (request.holderName() != null) {
            application.holderName = request.holderName();
        }
        application.persist();
        timeline.transition(application.id, actor, null, ApplicationStatus.DRAFT,
                "Draft " + request.kind().name().toLowerCase() + " application for " + type.name + " started.");
        if (Transfers.needsHolderConsent(application)) { // its holder is asked, with the draft (s.44)
            outbox.append(LicensingEvents.LICENCE_TRANSFER_REQUESTED, LicensingEvents.LICENCE, licence.id,
                    new LicenceEvent(licence.id, licence.number, licence.businessId, licence.licenceTypeCode,
                            licence.status, null, licence.issuedAt, licence.expiresAt, application.id, null, null,
                            application.createdAt, null, type.name));
        }
        return application;
    }

    /**
     * Opens a draft on a business's behalf (when it won a contract that needs a licence it lacks), unless it
     * already holds a current licence or has an open application of that type. Raises
     * {@code application.status-changed} (to DRAFT) so that the business is notified.
     *
     * @return the new draft, or empty when none was needed
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Application> openFor(UUID businessId, LicenceType type, String holderName, String why) {
        boolean holds = Licence.count("businessId = ?1 and licenceTypeCode = ?2 and status in ?3", businessId,
                type.code, LicenceStatus.CURRENT) > 0;
        boolean applying = Application.count("businessId = ?1 and licenceTypeCode = ?2 and status not in ?3",
                businessId, type.code, List.of(ApplicationStatus.GRANTED, ApplicationStatus.REFUSED,
                        ApplicationStatus.WITHDRAWN)) > 0;
        if (holds || applying) {
            return Optional.empty();
        }
        Application application = newDraft(businessId, type, ApplicationKind.NEW);
        application.holderName = holderName;
        application.persist();
        history.record(application, new Transition(null, ApplicationStatus.DRAFT), Actor.SYSTEM, why);
        return Optional.of(application);
    }

    private Application newDraft(UUID businessId, LicenceType type, ApplicationKind kind) {
        Instant now = Instant.now(clock);
        Application application = new Application();
        application.id = UUID.randomUUID();
        application.reference = nextReference(now);
        application.businessId = businessId;
        application.licenceTypeCode = type.code;
        application.kind = kind;
        application.status = ApplicationStatus.DRAFT;
        application.feePence = type.feePence;
        application.details = JsonNodeFactory.instance.objectNode();
        application.createdAt = now;
        application.updatedAt = now;
        return application;
    }

    private Licence existingLicence(UUID businessId, LicenceType type, NewApplication request) {
        if (request.licenceId() == null) {
            throw new InvalidInput("A " + request.kind().name().toLowerCase() + " names the licence it is about.",
                    List.of(new Problem.FieldError("licenceId", FieldCodes.REQUIRED,
                            "is required for a " + request.kind())));
        }
        refuseUnlessChangeable(type, request.kind());
        Licence licence = Licence.findById(request.licenceId());
        if (request.kind() == ApplicationKind.TRANSFER && licence != null && !licence.businessId.equals(businessId)) {
            return Transfers.transferable(licence, type);
        }
        if (licence == null || !licence.businessId.equals(businessId)) {
            throw new RuleViolation("You hold no licence " + request.licenceId() + ".",
                    List.of(new Problem.FieldError("licenceId", FieldCodes.UNKNOWN, "is not one of your licences")));
        }
        if (!licence.licenceTypeCode.equals(type.code) || !licence.status.isCurrent()) {
            throw new RuleViolation("Licence " + licence.number + " is a " + licence.licenceTypeCode + " licence, "
                    + licence.status.phrase() + ": it cannot be the subject of this application.",
                    List.of(new Problem.FieldError("licenceId", FieldCodes.INVALID,
                            "is not a current licence of this type")));
        }
        return licence;
    }

    private static void refuseUnlessChangeable(LicenceType type, ApplicationKind kind) {
        if (TemporaryEventNotices.TYPE.equals(type.code)) {
            throw new RuleViolation("A temporary event notice covers its one event: it cannot be renewed, varied or "
                    + "transferred. To hold another event, give a new notice.", List.of(new Problem.FieldError(
                            "licenceId", NOTICE_NOT_CHANGEABLE, "is a temporary event notice")));
        }
        if (kind == ApplicationKind.RENEWAL && type.validityMonths == null) {
            throw new RuleViolation("A " + type.name.toLowerCase() + " does not expire, so it is never renewed.",
                    List.of(new Problem.FieldError("licenceId", NOT_RENEWABLE, "does not expire")));
        }
    }

    private static void prefillFrom(Licence licence, Application application) {
        application.licenceId = licence.id;
        // a transfer to another business: the new holder gives its own name
        application.holderName = licence.businessId.equals(application.businessId) ? licence.holderName : null;
        application.setPremises(new Premises(licence.premisesName, licence.premisesAddressLine1, licence.premisesTown,
                licence.premisesPostcode));
        if (licence.details != null) {
            application.details = licence.details.deepCopy();
        }
    }

    /** A type with no premises (a licence of an individual) never takes an address: it would be a home's. */
    static void refusePremisesUnlessAsked(LicenceType type, Premises premises) {
        if (premises != null && !type.premisesRequired) {
            throw new InvalidInput("A " + type.name + " has no premises.",
                    List.of(new Problem.FieldError("premises", FieldCodes.INVALID,
                            "is not asked for a " + type.name)));
        }
    }

    static void requireObject(JsonNode details) {
        if (details != null && !details.isObject()) {
            throw new InvalidInput("details must be a JSON object.",
                    List.of(new Problem.FieldError("details", FieldCodes.INVALID, "must be an object")));
        }
    }

    private String nextReference(Instant now) {
        long n = ((Number) em.createNativeQuery("select nextval('application_reference_seq')").getSingleResult())
                .longValue();
        int year = Year.from(ZonedDateTime.ofInstant(now, WorkingDayCalendar.COUNCIL_ZONE)).getValue();
        return String.format("LIC-%d-%06d", year, n);
    }
}

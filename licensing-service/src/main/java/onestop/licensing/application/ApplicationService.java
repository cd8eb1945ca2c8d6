package onestop.licensing.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ApplicationChanges;
import onestop.licensing.api.ApplicationKind;
import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DayBasis;
import onestop.licensing.api.HolderConsent;
import onestop.licensing.api.OfficerRequests;
import onestop.licensing.api.RepresentationCategory;
import onestop.platform.time.WorkingDayCalendar;
import onestop.licensing.catalogue.LicenceType;
import onestop.licensing.licence.Licence;
import onestop.licensing.licence.LicenceGrant;
import onestop.licensing.licence.LicenceService;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;
import onestop.platform.web.Versions;

/** The application use cases: each loads, applies one domain transition, and records it in one transaction. */
@ApplicationScoped
public class ApplicationService {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final Completeness completeness = new Completeness(new DetailsValidator());

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    ApplicationHistory history;

    @Inject
    Timeline timeline;

    @Inject
    LicenceService licences;

    @Inject
    UploadedDocumentTypes documentTypes;

    @Inject
    ApplicationAccess access;

    @Inject
    TemporaryEventNotices notices;

    @Inject
    Event<ConsultationOpened> consultationOpened;

    @Inject
    Event<ApplicationWithdrawn> withdrawals;

    @Inject
    HearingService hearings;

    @Inject
    PartyMail partyMail;

    @Transactional
    public Application edit(UUID id, String ifMatch, ApplicationChanges changes, Actor actor) {
        Application application = load(id, ifMatch, true);
        Drafts.requireObject(changes.details());
        Drafts.refusePremisesUnlessAsked(typeOf(application), changes.premises());
        application.edit(changes.premises(), changes.details(), changes.holderName(), actor, Instant.now(clock));
        return flushed(application);
    }

    @Transactional
    public Application submit(UUID id, String ifMatch, Actor actor) {
        Application application = load(id, ifMatch, false);
        LicenceType type = typeOf(application);
        Instant now = Instant.now(clock);
        LocalDate due = calendar.addWorkingDays(today(), type.targetDays);
        Transition t = application.submit(missing(application, type), due, actor, now);
        if (TemporaryEventNotices.isNotice(application)) {
            notices.give(application, t, type.consultationDays, actor);
        } else {
            history.record(application, t, actor, "Submitted; decision due by " + due + ".");
        }
        return flushed(application);
    }

    @Transactional
    public Application resubmit(UUID id, String ifMatch, Actor actor) {
        Application application = load(id, ifMatch, false);
        // who may resubmit, and from which state, before anything that only an application waiting for
        // information has (a draft has no pause to count)
        application.check(ApplicationAction.RESUBMIT, actor);
        LicenceType type = typeOf(application);
        LocalDate pausedOn = application.informationRequestedAt.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
        int paused = calendar.workingDaysBetween(pausedOn, today());
        LocalDate due = calendar.addWorkingDays(application.dueDate, paused);
        Transition t = application.resubmit(missing(application, type), due, actor, Instant.now(clock));
        history.record(application, t, actor, "Resubmitted with the information requested; decision due by "
                + due + (paused > 0 ? " (the clock was paused for " + paused + " working days)." : "."));
        return flushed(application);
    }

    @Transactional
    public Application withdraw(UUID id, String ifMatch, Actor actor) {
        Application application = load(id, ifMatch, false);
        Transition t = application.withdraw(actor, Instant.now(clock));
        notices.withdraw(application);
        history.record(application, t, actor, "Withdrawn by the applicant.");
        withdrawals.fire(new ApplicationWithdrawn(application, t.from()));
        return flushed(application);
    }

    @Transactional
    public Application assign(UUID id, String ifMatch, String officer, Actor actor) {
        Application application = load(id, ifMatch, false);
        application.assign(officer, actor, Instant.now(clock));
        timeline.note(application.id, actor, "Assigned to " + officer + ".");
        return flushed(application);
    }

    @Transactional
    public Application requestInformation(UUID id, String ifMatch, String message, Actor actor) {
        Application application = load(id, ifMatch, false);
        Transition t = application.requestInformation(actor, Instant.now(clock));
        history.record(application, t, actor, message);
        return flushed(application);
    }

    @Transactional
    public Application validate(UUID id, String ifMatch, Actor actor) {
        Application application = load(id, ifMatch, false);
        LicenceType type = typeOf(application);
        Instant now = Instant.now(clock);
        Instant consultationEnds = type.consultationDays == 0 ? null : consultationEnd(type);
        Transition t = application.validate(consultationEnds, actor, now);
        history.record(application, t, actor, consultationEnds == null
                ? "Validated; under review."
                : "Validated; consultation open until " + consultationEnds + ".");
        if (consultationEnds != null) {
            // observers (the area alerts) act in this transaction: their mails are committed with the change
            consultationOpened.fire(new ConsultationOpened(application.id, application.reference,
                    application.licenceTypeCode, application.premisesPostcode, consultationEnds));
        }
        return flushed(application);
    }

    @Transactional
    public Representation represent(UUID id, OfficerRequests.NewRepresentation request, Actor actor) {
        Application application = access.find(id);
        Instant now = Instant.now(clock);
        application.checkRepresentationAllowed(actor, now);
        Representation representation = new Representation();
        representation.id = UUID.randomUUID();
        representation.applicationId = application.id;
        representation.from = request.from();
        representation.category = request.category();
        representation.grounds = request.grounds();
        representation.recordedAt = now;
        representation.recordedBy = actor.id();
        representation.persist();
        // the applicant sees the grounds; a member of the public is not named on the timeline
        String by = request.category() == RepresentationCategory.PUBLIC ? "a member of the public" : request.from();
        timeline.note(application.id, actor, "Representation recorded from " + by + ": " + request.grounds());
        return representation;
    }

    @Transactional
    public Application decide(UUID id, String ifMatch, OfficerRequests.Decision decision, Actor actor) {
        Application application = load(id, ifMatch, true);
        Instant now = Instant.now(clock);
        application.check(ApplicationAction.DECIDE, actor);
        notices.checkDecision(application);
        Hearing hearing = hearings.beforeDecision(application, decision.outcome(), now).orElse(null);
        HearingDecision.check(decision, hearing != null, application.details);
        Transition t = application.decide(decision.outcome(), decision.conditionsOrNone(), decision.reasons(), actor,
                now);
        application.excludedActivities = decision.excludedActivitiesOrNone();
        // Licensing Act 2003 Sch. 5 para 9: 21 days beginning with the day the decision is notified (today)
        application.appealDeadline = hearings.appealDeadline(application, today());
        String after = notices.decided(application);
        String appeal = application.appealDeadline == null ? ""
                : " Appeal to the magistrates' court by " + DAY.format(application.appealDeadline) + ".";
        if (t.to() == ApplicationStatus.GRANTED) {
            Licence licence = issueLicence(application, actor);
            history.record(application, t, actor, after + "Granted; licence " + licence.number
                    + (application.kind == ApplicationKind.TRANSFER ? " transferred" : " issued")
                    + (application.conditions.isEmpty() ? "" : " with " + application.conditions.size()
                            + " condition(s)")
                    + (application.excludedActivities.isEmpty() ? "" : ", excluding "
                            + String.join(", ", application.excludedActivities))
                    + "." + appeal, hearing);
        } else {
            history.record(application, t, actor, after + "Refused: " + decision.reasons() + appeal, hearing);
        }
        if (hearing != null) {
            partyMail.decided(application, decision, appeal);
        }
        return flushed(application);
    }

    /** Grants an application the target period of which ended undecided; the caller holds its row lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void grantByTacitConsent(Application application) {
        Transition t = application.grantByTacitConsent(Instant.now(clock));
        Licence licence = issueLicence(application, Actor.SYSTEM);
        history.record(application, t, Actor.SYSTEM, "Granted by tacit consent: no decision was made by the end of "
                + "the target period (" + application.dueDate + "). Licence " + licence.number + " issued.");
    }

    /** What the application still lacks for submission (empty when complete). */
    public List<Problem.FieldError> missing(Application application, LicenceType type) {
        List<Problem.FieldError> missing = new ArrayList<>(
                completeness.missing(application, type, documentTypes.of(application.id)));
        if (Transfers.needsHolderConsent(application) && application.holderConsent != HolderConsent.GIVEN) {
            // s.44 Licensing Act 2003: a transfer application carries the current holder's consent
            missing.add(new Problem.FieldError("holderConsent", FieldCodes.REQUIRED,
                    "the current holder of the licence has not consented to the transfer"));
        }
        return missing;
    }

    /** What submission would still refuse, while the applicant can still change it; otherwise {@code null}. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Problem.FieldError> stillMissing(Application application) {
        boolean editable = application.status == ApplicationStatus.DRAFT
                || application.status == ApplicationStatus.INFORMATION_REQUESTED;
        return editable ? missing(application, typeOf(application)) : null;
    }

    public Instant now() {
        return Instant.now(clock);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.COUNCIL_ZONE));
    }

    private Licence issueLicence(Application a, Actor actor) {
        // a temporary event notice is valid for its event only
        TemporaryEvent event = TemporaryEventNotices.isNotice(a) ? TemporaryEvent.findById(a.id) : null;
        LicenceGrant grant = Grants.of(a, event == null ? null : event.eventStart,
                event == null ? null : event.eventEnd);
        Licence licence = a.kind == ApplicationKind.TRANSFER ? licences.transfer(grant, actor)
                : licences.issue(grant, actor);
        a.issuedLicenceId = licence.id;
        return licence;
    }

    /** Consultation periods end at the end of their last day, counted in calendar or working days. */
    private Instant consultationEnd(LicenceType type) {
        LocalDate last = type.consultationDayBasis == DayBasis.WORKING
                ? calendar.addWorkingDays(today(), type.consultationDays)
                : today().plusDays(type.consultationDays);
        return last.plusDays(1).atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
    }

    private LicenceType typeOf(Application application) {
        return LicenceType.findById(application.licenceTypeCode);
    }

    /** The caller's application, at the version {@code If-Match} names (required for edits and decisions). */
    private Application load(UUID id, String ifMatch, boolean versionRequired) {
        Application application = access.find(id);
        if (versionRequired) {
            Versions.require(ifMatch, application.version);
        } else {
            Versions.checkIfPresent(ifMatch, application.version);
        }
        return application;
    }

    /** Writes the change now, so that the answer carries the new version as its ETag. */
    private Application flushed(Application application) {
        em.flush();
        return application;
    }
}

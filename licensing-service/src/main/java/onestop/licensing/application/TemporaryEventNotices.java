package onestop.licensing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.NewObjection;
import onestop.licensing.api.TemporaryEventView;
import onestop.licensing.catalogue.TemporaryEventLimit;
import onestop.licensing.licence.Licence;
import onestop.licensing.licence.LicenceService;
import onestop.licensing.licence.LicenceSurrendered;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Temporary event notices (Licensing Act 2003 Part 5): given, open to objection by the police and environmental
 * health for 3 working days, then acknowledged (no objection), ended by a counter notice (an objection to a late
 * notice, s.104A) or decided by an officer after a hearing (an objection to a standard notice, s.105).
 */
@ApplicationScoped
public class TemporaryEventNotices {

    public static final String TYPE = "TEMPORARY_EVENT_NOTICE";
    public static final String TOO_CLOSE = "ten-too-close";
    public static final String WITHDRAWAL_TOO_LATE = "ten-withdrawal-too-late";

    /** The least time between two events of one premises user at one premises (s.101) and the latest withdrawal. */
    private static final Duration DAY = Duration.ofHours(24);

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    AnnualLimits limits;

    @Inject
    ApplicationHistory history;

    @Inject
    Timeline timeline;

    @Inject
    LicenceService licences;

    @Inject
    PartyMail mail;

    public static boolean isNotice(Application application) {
        return TYPE.equals(application.licenceTypeCode);
    }

    /**
     * Gives the notice just submitted ({@code submitted}, not yet recorded): refuses it when too late, too long or
     * over an annual limit, else records it and opens the objection period of {@code objectionDays} working days.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void give(Application application, Transition submitted, int objectionDays, Actor actor) {
        Instant now = Instant.now(clock);
        LocalDate givenOn = now.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
        NoticeTiming.Event event = NoticeTiming.Event.of(application.details);
        TemporaryEventLimit limit = TemporaryEventLimit.forYear(event.firstDay().getYear());
        TemporaryEvent notice = new TemporaryEvent();
        notice.applicationId = application.id;
        notice.businessId = application.businessId;
        notice.premisesKey = TemporaryEvent.premisesKey(application.premises());
        notice.eventStart = event.start();
        notice.eventEnd = event.end();
        notice.late = NoticeTiming.late(event, givenOn, calendar, limit);
        List<Problem.FieldError> over = limits.exceeded(notice, event.personalLicenceHolder());
        if (!over.isEmpty()) {
            throw new RuleViolation("The temporary event notice is over an annual limit (Licensing Act 2003 "
                    + over.get(0).message() + ".", over);
        }
        refuseIfTooClose(notice);
        notice.persist();
        int clear = NoticeTiming.clearWorkingDays(givenOn, event.firstDay(), calendar);
        history.record(application, submitted, actor, (notice.late ? "Late" : "Standard")
                + " temporary event notice given " + clear + " working days before the event.");
        Instant until = calendar.addWorkingDays(givenOn, objectionDays).plusDays(1)
                .atStartOfDay(WorkingDayCalendar.COUNCIL_ZONE).toInstant();
        history.record(application, application.openObjectionPeriod(until, now), Actor.SYSTEM,
                "Sent to the police and environmental health, who may object until " + until + ".");
    }

    /**
     * Refuses a notice whose event comes within 24 hours of an event of another notice the same premises user gave
     * for the same premises and has not withdrawn (s.101); {@link AnnualLimits} holds the lock on both.
     */
    private void refuseIfTooClose(TemporaryEvent notice) {
        List<TemporaryEvent> near = TemporaryEvent.find("""
                withdrawnAt is null and premisesKey = ?1 and businessId = ?2 and eventStart < ?3 and eventEnd > ?4
                order by eventStart""", notice.premisesKey, notice.businessId, notice.eventEnd.plus(DAY), notice.eventStart.minus(DAY)).list();
        if (!near.isEmpty()) {
            TemporaryEvent other = near.get(0);
            throw new RuleViolation("There must be at least 24 hours between the events of two temporary event "
                    + "notices you give for the same premises (Licensing Act 2003 s.101): you gave one for the event "
                    + "from " + other.eventStart + " to " + other.eventEnd + ".", List.of(new Problem.FieldError(
                            "details.eventStart", TOO_CLOSE, "within 24 hours of your event from " + other.eventStart
                                    + " to " + other.eventEnd + " at these premises")));
        }
    }

    /**
     * Withdraws the notice of an application being withdrawn, no later than 24 hours before its event begins
     * (s.103); other applications may be withdrawn at any time.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(Application application) {
        TemporaryEvent notice = event(application);
        if (notice == null) {
            return;
        }
        Instant now = Instant.now(clock);
        if (now.isAfter(notice.eventStart.minus(DAY))) {
            throw new RuleViolation("A temporary event notice can be withdrawn no later than 24 hours before its "
                    + "event begins (Licensing Act 2003 s.103); the event of " + application.reference + " begins at "
                    + notice.eventStart + ".", List.of(new Problem.FieldError("details.eventStart",
                            WITHDRAWAL_TOO_LATE, "begins at " + notice.eventStart)));
        }
        notice.withdrawnAt = now;
    }

    /**
     * An acknowledged notice surrendered no later than 24 hours before its event is withdrawn (s.103), and counts
     * no more; surrendered later, it still counts, though the event may no longer take place under it.
     */
    void surrendered(@Observes LicenceSurrendered surrendered) {
        Licence licence = surrendered.licence();
        TemporaryEvent notice = TYPE.equals(licence.licenceTypeCode) ? TemporaryEvent.findById(licence.applicationId)
                : null;
        if (notice == null) {
            return;
        }
        if (surrendered.at().isAfter(notice.eventStart.minus(DAY))) {
            timeline.note(notice.applicationId, Actor.SYSTEM, "Surrendered less than 24 hours before the event: "
                    + "the notice still counts against the annual limits, as only a notice withdrawn at least 24 hours "
                    + "before its event does not (Licensing Act 2003 s.103).");
            return;
        }
        notice.withdrawnAt = surrendered.at();
        timeline.note(notice.applicationId, Actor.SYSTEM, "Notice withdrawn (Licensing Act 2003 s.103): it no longer "
                + "counts against the annual limits, and its days are free for another event at these premises.");
    }

    /**
     * An objection by the police or environmental health, within their 3 working days; {@code email} is where the
     * objecting officer hears of the hearing and the decision.
     */
    @Transactional
    public Objection object(UUID applicationId, NewObjection request, Actor authority, String email) {
        Application application = Application.findById(applicationId);
        if (application == null || !isNotice(application) || application.status == ApplicationStatus.DRAFT) {
            throw new NotFound("There is no temporary event notice " + applicationId + ".");
        }
        Instant now = Instant.now(clock);
        application.check(ApplicationAction.OBJECT, authority);
        if (!now.isBefore(application.consultationEndsAt)) {
            throw new RuleViolation("The time to object to " + application.reference + " ended at "
                    + application.consultationEndsAt + " (3 working days after the notice was given, s.104(3)).",
                    List.of(new Problem.FieldError("objectionsUntil", FieldCodes.OUT_OF_RANGE,
                            "was " + application.consultationEndsAt)));
        }
        Objection objection = new Objection();
        objection.id = UUID.randomUUID();
        objection.applicationId = application.id;
        objection.authority = authority.role();
        objection.madeBy = authority.id();
        objection.reasons = request.reasons();
        objection.madeAt = now;
        objection.email = email;
        objection.persist();
        String who = authority.role().replace('-', ' ');
        timeline.note(application.id, authority, "Objection from " + who + ": " + request.reasons());
        TemporaryEvent notice = TemporaryEvent.findById(application.id);
        if (notice.late) {
            notice.counterNotice = true;
            String why = "Counter notice (Licensing Act 2003 s.104A): " + who + " objected to this late notice: "
                    + request.reasons();
            history.record(application, application.endNotice(ApplicationAction.COUNTER_NOTICE, why, now),
                    Actor.SYSTEM, why);
        } else if (!notice.hearingRequired) {
            notice.hearingRequired = true;
            application.updatedAt = now;
            timeline.note(application.id, Actor.SYSTEM, "Awaiting a hearing (s.105): a licensing officer decides "
                    + "after it, at least 24 hours before the event, whether to let the event go ahead or give a "
                    + "counter notice.");
        }
        return objection;
    }

    /**
     * No objection by the end of the period, or none decided 24 hours before the event (s.105(4): the event may then
     * go ahead): acknowledged, valid for the event only; the caller holds the row lock.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledge(Application application) {
        TemporaryEvent notice = TemporaryEvent.findById(application.id);
        Transition t = application.endNotice(ApplicationAction.ACKNOWLEDGE, null, Instant.now(clock));
        Licence licence = licences.issue(Grants.of(application, notice.eventStart, notice.eventEnd), Actor.SYSTEM);
        application.issuedLicenceId = licence.id;
        String why = notice.hearingRequired ? "Acknowledged: the objection was not decided 24 hours before the event, "
                + "so the event may go ahead (Licensing Act 2003 s.105(4))."
                : "Acknowledged: no objection was made by " + application.consultationEndsAt + ".";
        history.record(application, t, Actor.SYSTEM, why + " Notice " + licence.number + " covers the event from "
                + notice.eventStart + " to " + notice.eventEnd + " only.");
        if (notice.hearingRequired) {
            mail.toParties(application, "Temporary event notice " + application.reference + " acknowledged",
                    "The objection to temporary event notice " + application.reference + " was not decided 24 hours "
                            + "before the event, so the event may go ahead (Licensing Act 2003 s.105(4)).");
        }
    }

    /**
     * An officer decides a notice only on an objection to a standard notice (after its hearing, see
     * {@link HearingService#beforeDecision}), and no later than 24 hours before the event (s.105(4)).
     */
    public void checkDecision(Application application) {
        TemporaryEvent notice = event(application);
        if (notice != null && !notice.hearingRequired) {
            throw new RuleViolation("A temporary event notice is decided by an officer only after a hearing on an "
                    + "objection; " + application.reference + " has none, so it is acknowledged when the time to object ends.");
        }
        if (notice != null && Instant.now(clock).isAfter(notice.eventStart.minus(DAY))) {
            throw new RuleViolation("The objection to " + application.reference + " had to be decided at least 24 "
                    + "hours before the event, which begins at " + notice.eventStart + ": the event may go ahead "
                    + "(Licensing Act 2003 s.105(4)).", List.of(new Problem.FieldError("outcome",
                            FieldCodes.OUT_OF_RANGE, "too late: the event begins at " + notice.eventStart)));
        }
    }

    /** The notice's event, for its hearing (which comes before the decision, 24 hours before the event); or none. */
    public TemporaryEvent event(Application application) {
        return isNotice(application) ? TemporaryEvent.findById(application.id) : null;
    }

    /** After an officer's decision on a notice: a refusal is a counter notice (s.105(2)(b)). */
    public String decided(Application application) {
        TemporaryEvent notice = event(application);
        if (notice == null) {
            return "";
        }
        notice.counterNotice = application.status == ApplicationStatus.REFUSED;
        return notice.counterNotice ? "After a hearing, counter notice (Licensing Act 2003 s.105): "
                : "After a hearing, the event may go ahead: ";
    }

    /** The notice's event and objections, for its application's view; {@code null} for other applications. */
    public TemporaryEventView view(Application application) {
        TemporaryEvent notice = event(application);
        if (notice == null) {
            return null;
        }
        List<Objection> objections = Objection.list("applicationId = ?1 order by madeAt", application.id);
        return new TemporaryEventView(notice.eventStart, notice.eventEnd, notice.late, application.consultationEndsAt,
                objections.stream().map(Objection::view).toList(), notice.hearingRequired, notice.counterNotice);
    }
}

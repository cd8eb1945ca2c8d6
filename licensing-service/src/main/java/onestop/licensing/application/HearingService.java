package onestop.licensing.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.api.DecisionOutcome;
import onestop.licensing.api.LicensingEvents;
import onestop.licensing.api.OfficerRequests;
import onestop.licensing.timeline.Actor;
import onestop.licensing.timeline.Timeline;
import onestop.platform.outbox.Outbox;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.NotFound;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * Hearings on applications with relevant representations: scheduling inside the statutory period with notice to
 * the applicant (an event, for the inbox) and every party with an email; dispensing with one by agreement; and
 * the rule that an application with relevant representations is not decided without one.
 */
@ApplicationScoped
public class HearingService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm", Locale.UK)
            .withZone(WorkingDayCalendar.COUNCIL_ZONE);

    @Inject
    Clock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    ApplicationAccess access;

    @Inject
    HearingPeriod.Catalogue periods;

    @Inject
    Timeline timeline;

    @Inject
    Outbox outbox;

    @Inject
    PartyMail mail;

    @Inject
    TemporaryEventNotices notices;

    @Transactional(Transactional.TxType.SUPPORTS)
    public Hearing find(UUID applicationId) {
        access.find(applicationId);
        Hearing hearing = Hearing.findById(applicationId);
        if (hearing == null) {
            throw new NotFound("Application " + applicationId + " has no hearing.");
        }
        return hearing;
    }

    @Transactional
    public Hearing schedule(UUID id, OfficerRequests.NewHearing request, Actor actor) {
        Application application = hearable(id, actor);
        if (Hearing.findById(id) != null) {
            throw new IllegalTransition("A hearing on " + application.reference + " is already arranged; adjourn it "
                    + "instead.");
        }
        Instant now = Instant.now(clock);
        Hearing hearing = Hearing.schedule(id, window(application), request.date(), request.time(), request.place(),
                actor.id(), now);
        beforeTheEvent(application, hearing);
        hearing.persist();
        announce(application, hearing, actor, "Hearing");
        return hearing;
    }

    @Transactional
    public Hearing adjourn(UUID id, OfficerRequests.NewHearing request, Actor actor) {
        Application application = hearable(id, actor);
        Hearing hearing = find(id);
        hearing.adjourn(window(application), request.date(), request.time(), request.place(), actor.id(),
                Instant.now(clock));
        beforeTheEvent(application, hearing);
        announce(application, hearing, actor, "Hearing adjourned: now");
        return hearing;
    }

    /** All parties agreed a hearing is unnecessary (Hearings Regulations 2005 reg 9): recorded, and they are told. */
    @Transactional
    public Hearing dispense(UUID id, OfficerRequests.HearingDispensation request, Actor actor) {
        Application application = hearable(id, actor);
        if (Hearing.findById(id) != null) {
            throw new IllegalTransition("A hearing on " + application.reference + " is already arranged.");
        }
        Hearing hearing = Hearing.dispensed(id, request.reasons(), actor.id(), Instant.now(clock));
        hearing.persist();
        timeline.note(id, actor, notices.event(application) != null
                ? "Hearing dispensed with: the premises user, every objector and the authority agreed it is "
                        + "unnecessary (Licensing Act 2003 s.105(2)(a))."
                : "Hearing dispensed with: the applicant and every party who made a relevant representation agreed "
                        + "it is unnecessary (Hearings Regulations 2005 reg 9).");
        mail.toParties(application, "No hearing on " + application.reference,
                "All parties agreed that a hearing on application " + application.reference + " is unnecessary, "
                        + "so it has been dispensed with. The licensing authority will now decide the application.");
        return hearing;
    }

    /**
     * Refuses a decision the representations do not yet allow: each must be determined first; relevant ones not
     * withdrawn need a hearing that has begun, or one dispensed with; with none, the application must be granted
     * (Licensing Act 2003 s.18(2), s.35(2), s.44(2)). A temporary event notice is decided only on an objection
     * ({@link TemporaryEventNotices#checkDecision}), after its hearing likewise (s.105(2)(a)). Answers whether a
     * hearing applies.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Hearing> beforeDecision(Application application, DecisionOutcome outcome, Instant now) {
        if (notices.event(application) != null) {
            return heard(application, now, "An objection stands on " + application.reference + ": it cannot be "
                    + "decided without a hearing (Licensing Act 2003 s.105(2)(a)) unless the premises user, every "
                    + "objector and the authority agree one is unnecessary.");
        }
        if (periods.of(application).isEmpty() || application.status != ApplicationStatus.IN_CONSULTATION
                || now.isBefore(application.consultationEndsAt)) {
            return Optional.empty();
        }
        List<Representation> representations = Representation.of(application.id);
        long open = representations.stream().filter(Representation::isOpen).count();
        if (open > 0) {
            throw new IllegalTransition(open + " representation(s) on " + application.reference + " are not yet "
                    + "determined: find each relevant or not before deciding.",
                    List.of(new Problem.FieldError("representations", FieldCodes.REQUIRED, "must each be determined")));
        }
        if (representations.stream().noneMatch(Representation::counts)) {
            if (outcome == DecisionOutcome.REFUSE) {
                String section = switch (application.kind) {
                    case VARIATION -> "s.35(2)";
                    case TRANSFER -> "s.44(2)";
                    default -> "s.18(2)";
                };
                throw new RuleViolation("No relevant representation stands on " + application.reference + ", so it "
                        + "must be granted as applied for, subject only to conditions consistent with its operating "
                        + "schedule and the mandatory ones (Licensing Act 2003 " + section + ").",
                        List.of(new Problem.FieldError("outcome", FieldCodes.NOT_ALLOWED,
                                "must be a grant: no relevant representation was made")));
            }
            return Optional.empty();
        }
        return heard(application, now, "Relevant representations were made on " + application.reference + ": it "
                + "cannot be decided without a hearing (Licensing Act 2003 s.18(3)(a)) unless all parties agree "
                + "one is unnecessary (Hearings Regulations 2005 reg 9).");
    }

    /** The hearing a decision follows: begun, or dispensed with; {@code missing} says why one is needed. */
    private Optional<Hearing> heard(Application application, Instant now, String missing) {
        Hearing hearing = Hearing.findById(application.id);
        if (hearing == null) {
            throw new IllegalTransition(missing,
                    List.of(new Problem.FieldError("hearing", FieldCodes.REQUIRED, "is required before deciding")));
        }
        if (!hearing.allowsDecision(now)) {
            throw new IllegalTransition("The hearing on " + application.reference + " is on "
                    + WHEN.format(hearing.startsAt) + "; the decision follows it.",
                    List.of(new Problem.FieldError("hearing", FieldCodes.INVALID, "has not yet been held")));
        }
        return Optional.of(hearing);
    }

    /** The last day to appeal a decision notified on {@code day}: the period begins with that day. */
    public LocalDate appealDeadline(Application application, LocalDate day) {
        return periods.of(application).map(p -> day.plusDays(p.appealDays() - 1L)).orElse(null);
    }

    private Application hearable(UUID id, Actor actor) {
        Application application = access.find(id);
        application.check(ApplicationAction.SCHEDULE_HEARING, actor);
        if (periods.of(application).isEmpty()) {
            throw new IllegalTransition("Applications of type " + application.licenceTypeCode + " have no hearing.");
        }
        if (Instant.now(clock).isBefore(application.consultationEndsAt)) {
            throw new IllegalTransition("The consultation on " + application.reference + " runs until "
                    + application.consultationEndsAt + "; relevant representations are known only after it.");
        }
        TemporaryEvent event = notices.event(application);
        if (event != null ? !event.hearingRequired : Representation.of(id).stream().noneMatch(Representation::counts)) {
            throw new IllegalTransition((event != null ? "No objection stands on " : "No relevant representation "
                    + "stands on ") + application.reference + ": it needs no hearing.",
                    List.of(new Problem.FieldError("representations", FieldCodes.INVALID, "none is relevant")));
        }
        return application;
    }

    /**
     * A hearing on an objection to a temporary event notice is held before the decision, which comes at least 24
     * hours before the event (s.105(4)).
     */
    private void beforeTheEvent(Application application, Hearing hearing) {
        TemporaryEvent event = notices.event(application);
        if (event != null && !hearing.startsAt.isBefore(event.eventStart.minus(Duration.ofHours(24)))) {
            throw new RuleViolation("The hearing on " + application.reference + " must be held, and the objection "
                    + "decided, at least 24 hours before the event begins at " + event.eventStart
                    + " (Licensing Act 2003 s.105(4)).", List.of(new Problem.FieldError("date",
                            FieldCodes.OUT_OF_RANGE, "is not 24 hours before the event")));
        }
    }

    /** Working days beginning with the day after the consultation's last day (Hearings Regulations 2005 reg 5). */
    private Hearing.Window window(Application application) {
        HearingPeriod period = periods.of(application).orElseThrow();
        LocalDate firstDay = application.consultationEndsAt.atZone(WorkingDayCalendar.COUNCIL_ZONE).toLocalDate();
        LocalDate latest = calendar.addWorkingDays(firstDay.minusDays(1), period.hearingWithinWorkingDays());
        return new Hearing.Window(firstDay, latest, period.noticeWorkingDays(), calendar);
    }

    /** Notice of the hearing: on the timeline, to the applicant as an event, to every party with an email. */
    private void announce(Application application, Hearing hearing, Actor actor, String what) {
        String when = WHEN.format(hearing.startsAt);
        String message = what + " on " + when + " at " + hearing.place + ".";
        timeline.note(application.id, actor, message + " Notice given to the applicant and every party.");
        outbox.append(LicensingEvents.APPLICATION_HEARING_SCHEDULED, LicensingEvents.APPLICATION, application.id,
                application.event(application.status, message, Instant.now(clock))
                        .withHearing(hearing.startsAt, hearing.place));
        mail.toParties(application, "Hearing on licence application " + application.reference,
                "The licensing sub-committee will hear application " + application.reference + " on " + when
                        + " at " + hearing.place + ". " + (notices.event(application) != null
                                ? "You objected to this temporary event notice" : "You made a relevant representation")
                        + ", so you may attend and speak. Please tell the licensing team whether you will attend.");
    }
}

package onestop.licensing.application;

import static onestop.licensing.api.ApplicationStatus.DRAFT;
import static onestop.licensing.api.ApplicationStatus.GRANTED;
import static onestop.licensing.api.ApplicationStatus.INFORMATION_REQUESTED;
import static onestop.licensing.api.ApplicationStatus.IN_CONSULTATION;
import static onestop.licensing.api.ApplicationStatus.REFUSED;
import static onestop.licensing.api.ApplicationStatus.SUBMITTED;
import static onestop.licensing.api.ApplicationStatus.UNDER_REVIEW;
import static onestop.licensing.api.ApplicationStatus.WITHDRAWN;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import onestop.licensing.api.ApplicationStatus;
import onestop.licensing.timeline.Actor;

/** What can be done to an application: by whom, from which states, and to which states it leads. */
public enum ApplicationAction {
    EDIT(Actor.Kind.OWNER, Set.of(), DRAFT, INFORMATION_REQUESTED),
    UPLOAD_DOCUMENT(Actor.Kind.OWNER, Set.of(), DRAFT, INFORMATION_REQUESTED),
    PAY(Actor.Kind.OWNER, Set.of(), DRAFT),
    SUBMIT(Actor.Kind.OWNER, Set.of(SUBMITTED), DRAFT),
    RESUBMIT(Actor.Kind.OWNER, Set.of(SUBMITTED), INFORMATION_REQUESTED),
    WITHDRAW(Actor.Kind.OWNER, Set.of(WITHDRAWN), DRAFT, SUBMITTED, INFORMATION_REQUESTED, IN_CONSULTATION,
            UNDER_REVIEW),
    ASSIGN(Actor.Kind.OFFICER, Set.of(), SUBMITTED, INFORMATION_REQUESTED, IN_CONSULTATION, UNDER_REVIEW),
    REQUEST_INFORMATION(Actor.Kind.OFFICER, Set.of(INFORMATION_REQUESTED), SUBMITTED),
    VALIDATE(Actor.Kind.OFFICER, Set.of(IN_CONSULTATION, UNDER_REVIEW), SUBMITTED),
    RECORD_REPRESENTATION(Actor.Kind.OFFICER, Set.of(), IN_CONSULTATION),
    EXTEND_TARGET(Actor.Kind.OFFICER, Set.of(), SUBMITTED, IN_CONSULTATION, UNDER_REVIEW),
    DETERMINE_REPRESENTATION(Actor.Kind.OFFICER, Set.of(), IN_CONSULTATION),
    SCHEDULE_HEARING(Actor.Kind.OFFICER, Set.of(), IN_CONSULTATION),
    DECIDE(Actor.Kind.OFFICER, Set.of(GRANTED, REFUSED), IN_CONSULTATION, UNDER_REVIEW),
    GRANT_BY_TACIT_CONSENT(Actor.Kind.SYSTEM, Set.of(GRANTED), SUBMITTED, IN_CONSULTATION, UNDER_REVIEW),
    // a temporary event notice: given, open to objection for 3 working days, then acknowledged, heard or ended
    OPEN_OBJECTION_PERIOD(Actor.Kind.SYSTEM, Set.of(IN_CONSULTATION), SUBMITTED),
    OBJECT(Actor.Kind.AUTHORITY, Set.of(), IN_CONSULTATION),
    COUNTER_NOTICE(Actor.Kind.SYSTEM, Set.of(REFUSED), IN_CONSULTATION),
    ACKNOWLEDGE(Actor.Kind.SYSTEM, Set.of(GRANTED), IN_CONSULTATION);

    private final Actor.Kind actor;
    private final Set<ApplicationStatus> to;
    private final Set<ApplicationStatus> from;

    ApplicationAction(Actor.Kind actor, Set<ApplicationStatus> to, ApplicationStatus... from) {
        this.actor = actor;
        this.to = to;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    public Actor.Kind actor() {
        return actor;
    }

    public boolean allowedFrom(ApplicationStatus status) {
        return from.contains(status);
    }

    /** Whether the action changes the state to {@code status}; an action with no targets keeps the state. */
    public boolean leadsTo(ApplicationStatus status) {
        return to.contains(status);
    }

    /** Whether some action leads from {@code from} to {@code to}. */
    public static boolean leadsFrom(ApplicationStatus from, ApplicationStatus to) {
        return Arrays.stream(values()).anyMatch(a -> a.allowedFrom(from) && a.leadsTo(to));
    }

    /** What {@code actor} may do to an application in {@code status}: the view's {@code allowedActions}. */
    public static List<ApplicationAction> allowed(ApplicationStatus status, Actor.Kind actor) {
        return Arrays.stream(values()).filter(a -> a.actor == actor && a.allowedFrom(status)).toList();
    }

    /** How the action reads in a sentence: "request information". */
    public String phrase() {
        return name().toLowerCase().replace('_', ' ');
    }
}

package onestop.licensing.licence;

import static onestop.licensing.api.LicenceStatus.ACTIVE;
import static onestop.licensing.api.LicenceStatus.EXPIRED;
import static onestop.licensing.api.LicenceStatus.REVOKED;
import static onestop.licensing.api.LicenceStatus.SURRENDERED;
import static onestop.licensing.api.LicenceStatus.SUSPENDED;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import onestop.licensing.api.LicenceStatus;
import onestop.licensing.api.LicensingEvents;
import onestop.licensing.timeline.Actor;
import onestop.platform.events.EventType;

/** What can happen to a licence: by whom, from which states, to which state, and the event it raises. */
public enum LicenceAction {
    SUSPEND(Actor.Kind.OFFICER, SUSPENDED, LicensingEvents.LICENCE_SUSPENDED, ACTIVE),
    REINSTATE(Actor.Kind.OFFICER, ACTIVE, LicensingEvents.LICENCE_REINSTATED, SUSPENDED),
    REVOKE(Actor.Kind.OFFICER, REVOKED, LicensingEvents.LICENCE_REVOKED, ACTIVE, SUSPENDED),
    SURRENDER(Actor.Kind.OWNER, SURRENDERED, LicensingEvents.LICENCE_SURRENDERED, ACTIVE, SUSPENDED),
    EXPIRE(Actor.Kind.SYSTEM, EXPIRED, LicensingEvents.LICENCE_EXPIRED, ACTIVE, SUSPENDED);

    private final Actor.Kind actor;
    private final LicenceStatus to;
    private final EventType event;
    private final Set<LicenceStatus> from;

    LicenceAction(Actor.Kind actor, LicenceStatus to, EventType event, LicenceStatus... from) {
        this.actor = actor;
        this.to = to;
        this.event = event;
        this.from = EnumSet.copyOf(Arrays.asList(from));
    }

    public Actor.Kind actor() {
        return actor;
    }

    public LicenceStatus to() {
        return to;
    }

    public EventType event() {
        return event;
    }

    public boolean allowedFrom(LicenceStatus status) {
        return from.contains(status);
    }

    public static List<LicenceAction> allowed(LicenceStatus status, Actor.Kind actor) {
        return Arrays.stream(values()).filter(a -> a.actor == actor && a.allowedFrom(status)).toList();
    }

    public String phrase() {
        return name().toLowerCase();
    }
}

package onestop.licensing.timeline;

import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/** Who does something to an application or licence: its owner, an officer, an authority, or the service itself. */
public record Actor(Kind kind, String role, String id) {

    public enum Kind {
        OWNER, OFFICER, AUTHORITY, SYSTEM
    }

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "licensing-service");

    public static Actor owner(String subject) {
        return new Actor(Kind.OWNER, Roles.BUSINESS, subject);
    }

    public static Actor officer(String subject) {
        return new Actor(Kind.OFFICER, Roles.LICENSING_OFFICER, subject);
    }

    /** A responsible authority acting in its own name: the police or environmental health. */
    public static Actor authority(String role, String subject) {
        return new Actor(Kind.AUTHORITY, role, subject);
    }

    /** The signed-in caller as an actor: officers act as officers, everyone else as the owner. */
    public static Actor of(Caller caller) {
        return caller.hasRole(Roles.LICENSING_OFFICER) ? officer(caller.subject()) : owner(caller.subject());
    }
}

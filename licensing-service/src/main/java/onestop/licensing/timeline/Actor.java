package onestop.licensing.timeline;

import onestop.platform.security.Caller;
import onestop.platform.security.Roles;

/**
 * Who does something to an application or licence: its owner, an officer, a responsible authority, a member of
 * the public (never named: {@code id} is null), or the service itself.
 */
public record Actor(Kind kind, String role, String id) {

    public enum Kind {
        OWNER, OFFICER, SYSTEM, AUTHORITY, PUBLIC
    }

    /** A member of the public, unnamed: their personal data never reaches the timeline. */
    public static final Actor PUBLIC = new Actor(Kind.PUBLIC, "public", null);

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, "system", "licensing-service");

    public static Actor owner(String subject) {
        return new Actor(Kind.OWNER, Roles.BUSINESS, subject);
    }

    public static Actor officer(String subject) {
        return new Actor(Kind.OFFICER, Roles.LICENSING_OFFICER, subject);
    }

    /** A responsible authority, by its role ({@code police}, ...), and the member of its staff. */
    public static Actor authority(String role, String subject) {
        return new Actor(Kind.AUTHORITY, role, subject);
    }

    /** The signed-in caller as an actor: officers act as officers, everyone else as the owner. */
    public static Actor of(Caller caller) {
        return caller.hasRole(Roles.LICENSING_OFFICER) ? officer(caller.subject()) : owner(caller.subject());
    }
}

package onestop.licensing.api;

/** Who made a representation: a responsible authority (police, fire, ...) or a member of the public. */
public enum RepresentationCategory {
    RESPONSIBLE_AUTHORITY, PUBLIC
}

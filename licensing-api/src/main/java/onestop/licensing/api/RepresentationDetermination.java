package onestop.licensing.api;

/**
 * What the licensing officer found a representation to be. Only a RELEVANT one (about the licensing objectives,
 * Licensing Act 2003 s.18(6)-(7)) counts towards a hearing; FRIVOLOUS, VEXATIOUS and NOT_RELEVANT ones are
 * set aside, with reasons.
 */
public enum RepresentationDetermination {
    RELEVANT, FRIVOLOUS, VEXATIOUS, NOT_RELEVANT;

    /** Whether the representation counts, so that the application goes to a hearing. */
    public boolean counts() {
        return this == RELEVANT;
    }
}

package onestop.licensing.api;

/**
 * Where an application stands: DRAFT → SUBMITTED → (INFORMATION_REQUESTED ⇄ SUBMITTED) → IN_CONSULTATION |
 * UNDER_REVIEW → GRANTED | REFUSED, and WITHDRAWN from any open state. Which actions move it where is the
 * licensing service's own rule ({@code ApplicationAction}).
 */
public enum ApplicationStatus {
    DRAFT("a draft"), SUBMITTED("submitted"), INFORMATION_REQUESTED("waiting for information an officer asked for"),
    IN_CONSULTATION("in its consultation period"), UNDER_REVIEW("under review"), GRANTED("granted"),
    REFUSED("refused"), WITHDRAWN("withdrawn");

    private final String phrase;

    ApplicationStatus(String phrase) {
        this.phrase = phrase;
    }

    /** The state in words that follow "the application is", for a person reading a refusal. */
    public String phrase() {
        return phrase;
    }

    /** Not yet decided nor withdrawn. */
    public boolean isOpen() {
        return this != GRANTED && this != REFUSED && this != WITHDRAWN;
    }
}

package onestop.opportunities.api;

/**
 * Where a notice is in its life: a buyer's DRAFT, PLANNED (public, engaging the market before its tender notice),
 * OPEN for responses, CLOSED to them, AWARDED, or CANCELLED.
 * Which moves are allowed is the service's rule (its notice lifecycle), not part of the contract.
 */
public enum OpportunityStatus {
    DRAFT("a draft"), PLANNED("planned"), OPEN("open"), CLOSED("closed"),
    AWARDED("awarded"), CANCELLED("cancelled");

    private final String phrase;

    OpportunityStatus(String phrase) {
        this.phrase = phrase;
    }

    /** The state in words that follow "the notice is", for a person reading a refusal. */
    public String phrase() {
        return phrase;
    }
}

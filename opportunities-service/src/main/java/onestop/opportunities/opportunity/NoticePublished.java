package onestop.opportunities.opportunity;

/** Fired (CDI, synchronously, in the publishing transaction) when a draft becomes OPEN. */
public record NoticePublished(Opportunity notice) {
}

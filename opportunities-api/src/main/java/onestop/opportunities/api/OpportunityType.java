package onestop.opportunities.api;

/** The kind of notice; a SUBCONTRACT cascades work from a parent contract, a CHALLENGE runs in stages. */
public enum OpportunityType {
    QUOTE, TENDER, FRAMEWORK, SUBCONTRACT, CHALLENGE
}

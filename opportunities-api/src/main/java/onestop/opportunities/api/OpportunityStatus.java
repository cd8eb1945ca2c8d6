package onestop.opportunities.api;

/**
 * Where a notice is in its life: a buyer's DRAFT, PLANNED (public, engaging the market before its tender notice),
 * OPEN for responses, CLOSED to them, AWARDED, or CANCELLED.
 * Which moves are allowed is the service's rule (its notice lifecycle), not part of the contract.
 */
public enum OpportunityStatus {
    DRAFT, PLANNED, OPEN, CLOSED, AWARDED, CANCELLED
}

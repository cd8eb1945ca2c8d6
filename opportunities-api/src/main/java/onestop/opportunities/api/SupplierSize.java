package onestop.opportunities.api;

/** How big a supplier is, as the government's small and medium-sized business definitions count it. */
public enum SupplierSize {
    MICRO, SMALL, MEDIUM, LARGE
}

package onestop.opportunities.search;

/** The value bands of the search facet, by a notice's value (the top of its range); UNKNOWN has none. */
public enum ValueBand {
    UNKNOWN(null, null),
    UNDER_25K(null, 2_500_000L),
    FROM_25K_TO_100K(2_500_000L, 10_000_000L),
    FROM_100K_TO_1M(10_000_000L, 100_000_000L),
    FROM_1M_TO_5M(100_000_000L, 500_000_000L),
    OVER_5M(500_000_000L, null);

    /** Inclusive lower and exclusive upper bound in pence. */
    final Long from;
    final Long below;

    ValueBand(Long from, Long below) {
        this.from = from;
        this.below = below;
    }
}

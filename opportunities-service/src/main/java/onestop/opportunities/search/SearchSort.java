package onestop.opportunities.search;

/** The orders a search can be listed in. */
public enum SearchSort {
    /** Best match first (title matches weigh more than description matches); needs {@code q}. */
    RELEVANCE("rank desc, o.closing_at asc nulls last, o.id"),
    /** Closing soonest first. */
    CLOSING("o.closing_at asc nulls last, o.id"),
    /** Newest first. */
    PUBLISHED("o.published_at desc, o.id"),
    /** Highest value first; notices without a value last. */
    VALUE("o.value_pence desc nulls last, o.id");

    final String orderBy;

    SearchSort(String orderBy) {
        this.orderBy = orderBy;
    }
}

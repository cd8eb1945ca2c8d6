package onestop.opportunities.api;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: the usual page fields, plus {@code totalExact} (false when {@code total} is the
 * planner's estimate, "about 23,000", for a search matching more than the count limit) and the facets.
 */
public record SearchPage(List<SearchHit> items, int page, int size, long total, boolean totalExact,
        Facets facets) {

    /**
     * Counts per value among the notices matching the search. {@code status} counts every public status
     * under the other filters; the rest count within the statuses searched.
     */
    public record Facets(Map<String, Long> status, Map<String, Long> type, Map<String, Long> cpvDivision,
            Map<String, Long> valueBand) {
    }
}

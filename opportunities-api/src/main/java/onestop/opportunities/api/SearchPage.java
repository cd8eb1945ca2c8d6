package onestop.opportunities.api;

import java.util.List;
import java.util.Map;

/**
 * One page of a search: the usual page fields, plus {@code totalExact} (whether {@code total} is counted
 * rather than estimated, "about 23,000"; the search counts every match, so it is true, and a client that
 * shows "about" when it is false keeps working) and the facets.
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

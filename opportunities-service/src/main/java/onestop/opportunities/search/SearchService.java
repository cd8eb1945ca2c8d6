package onestop.opportunities.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.opportunities.api.SearchPage;
import onestop.opportunities.api.SearchHit;
import onestop.opportunities.OpportunitiesConfig;
import onestop.platform.web.PageRequest;

/**
 * Runs a search: one page of hits, the total and the facets. The total and facets are bounded (see
 * {@link OpportunitiesConfig.Search}) and, like pages, briefly remembered, because the counts of a
 * common word cost far more than its first page and change slowly.
 */
@ApplicationScoped
public class SearchService {

    record Counts(long total, boolean exact, SearchPage.Facets facets) {
    }

    private record PageKey(SearchCriteria criteria, PageRequest paging) {
    }

    private final RecentSearches<SearchCriteria, Counts> counts = new RecentSearches<>();
    private final RecentSearches<PageKey, List<SearchHit>> pages = new RecentSearches<>();

    @Inject
    SearchRepository repository;

    @Inject
    OpportunitiesConfig config;

    public SearchPage search(SearchCriteria criteria, PageRequest paging) {
        List<SearchHit> hits = hits(criteria, paging);
        // the order does not change the counts: one entry serves every sort of the same search
        Counts c = counts.get(unsorted(criteria), config.search().facetCacheTtl(), () -> count(criteria));
        return new SearchPage(hits, paging.page(), paging.size(), c.total(), c.exact(), c.facets());
    }

    /** The hits alone; the CSV export uses this, so it holds exactly what the search returns. */
    public List<SearchHit> hits(SearchCriteria criteria, PageRequest paging) {
        return pages.get(new PageKey(criteria, paging), config.search().pageCacheTtl(),
                () -> repository.hits(criteria, paging));
    }

    /**
     * Counts exactly up to the limit; a search the planner expects to match more is not counted but
     * estimated ("about 23,000"), and an exact count that passes the limit gives way to the estimate.
     */
    private Counts count(SearchCriteria criteria) {
        int limit = config.search().countLimit();
        long estimate = repository.estimate(criteria);
        SearchPage.Facets facets = repository.facets(criteria, limit);
        if (estimate > limit) {
            return new Counts(estimate, false, facets);
        }
        long counted = facets.status().values().stream().mapToLong(Long::longValue).sum();
        if (counted < limit) {
            // the facets saw every public match, so their status counts are the exact total: no second scan
            return new Counts(criteria.statuses().stream().mapToLong(s -> facets.status().getOrDefault(s.name(), 0L))
                    .sum(), true, facets);
        }
        long total = repository.count(criteria, limit);
        return total <= limit ? new Counts(total, true, facets) : new Counts(Math.max(estimate, limit), false, facets);
    }

    private static SearchCriteria unsorted(SearchCriteria c) {
        return new SearchCriteria(c.q(), c.cpvPrefixes(), c.statuses(), c.minValuePence(), c.maxValuePence(),
                c.includeUnvalued(), c.closingAfter(), c.closingBefore(), c.smeSuitable(), c.vcseSuitable(),
                c.location(), c.postcode(), c.buyer(), c.types(), SearchSort.CLOSING);
    }
}

package onestop.opportunities.search;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.opportunities.api.SearchHit;
import onestop.opportunities.api.SearchPage;
import onestop.platform.web.PageRequest;

/**
 * Runs a search: one page of hits, the total and the facets, all from this replica's index (ADR 10).
 * Every match is counted, so the total is always exact; nothing is remembered between searches.
 */
@ApplicationScoped
public class SearchService {

    @Inject
    IndexSearch index;

    public SearchPage search(SearchCriteria criteria, PageRequest paging) {
        IndexSearch.Result result = index.search(criteria, paging);
        SearchPage.Facets facets = result.facets();
        long total = criteria.statuses().stream().mapToLong(s -> facets.status().getOrDefault(s.name(), 0L)).sum();
        return new SearchPage(result.hits(), paging.page(), paging.size(), total, true, facets);
    }

    /** The hits alone; the CSV export uses this, so it holds exactly what the search returns. */
    public List<SearchHit> hits(SearchCriteria criteria, PageRequest paging) {
        return index.search(criteria, paging).hits();
    }
}

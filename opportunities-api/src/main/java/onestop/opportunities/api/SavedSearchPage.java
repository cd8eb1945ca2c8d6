package onestop.opportunities.api;

import java.util.List;

/** One page of a business's saved searches, as {@code GET /api/opportunities/saved-searches} answers it. */
public record SavedSearchPage(List<SavedSearchView> items, int page, int size, long total) {
}

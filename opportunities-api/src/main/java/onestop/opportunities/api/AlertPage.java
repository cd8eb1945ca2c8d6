package onestop.opportunities.api;

import java.util.List;

/** One page of the alerts a business's saved searches raised, as {@code GET /api/opportunities/alerts} answers it. */
public record AlertPage(List<AlertView> items, int page, int size, long total) {
}

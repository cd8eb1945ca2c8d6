package onestop.opportunities.api;

import java.util.List;

/** One page of a supplier's own responses, as {@code GET /api/opportunities/suppliers/me/responses} answers it. */
public record OwnResponsePage(List<OwnResponse> items, int page, int size, long total) {
}

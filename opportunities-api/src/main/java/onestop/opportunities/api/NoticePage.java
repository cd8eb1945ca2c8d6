package onestop.opportunities.api;

import java.util.List;

/** One page of a buyer's own notices, as {@code GET /api/opportunities/opportunities/mine} answers it. */
public record NoticePage(List<NoticeView> items, int page, int size, long total) {
}

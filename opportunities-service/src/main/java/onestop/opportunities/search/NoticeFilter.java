package onestop.opportunities.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The SQL {@code where} clause of a search over {@code opportunity o}, with its parameters in order.
 * Each criterion is one predicate an index can answer: the GIN on {@code search} for words, the GIN on
 * {@code cpv_prefixes} for CPV, btrees for status, closing date, buyer and postcode.
 */
final class NoticeFilter {

    /** The text search query; {@code websearch_to_tsquery} reads "phrases", OR and -exclusions. */
    static final String TSQUERY = "websearch_to_tsquery('english', ?)";

    final String where;
    final List<Object> parameters;

    private NoticeFilter(String where, List<Object> parameters) {
        this.where = where;
        this.parameters = parameters;
    }

    /** @param withStatus false for the status facet, which counts every public status */
    static NoticeFilter of(SearchCriteria c, boolean withStatus) {
        List<String> clauses = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (withStatus) {
            // enum names, written out so that the planner sees them (partial indexes, exact estimates)
            clauses.add(c.statuses().size() == 1 ? "o.status = '" + c.statuses().get(0).name() + "'"
                    : "o.status in (" + c.statuses().stream().map(s -> "'" + s.name() + "'")
                            .collect(java.util.stream.Collectors.joining(", ")) + ")");
        } else {
            clauses.add("o.status <> 'DRAFT'");
        }
        if (c.q() != null) {
            clauses.add("o.search @@ " + TSQUERY);
            params.add(c.q());
        }
        if (!c.cpvPrefixes().isEmpty()) {
            clauses.add("o.cpv_prefixes && ?");
            params.add(c.cpvPrefixes().toArray(String[]::new));
        }
        if (c.hasValueFilter()) {
            // Ranges overlap; a notice with no stated value is kept unless includeUnvalued=false.
            String overlap = "(coalesce(o.value_max_pence, o.value_min_pence) >= coalesce(?, 0)"
                    + " and coalesce(o.value_min_pence, o.value_max_pence) <= coalesce(?, 9223372036854775807))";
            params.add(c.minValuePence());
            params.add(c.maxValuePence());
            clauses.add(c.includeUnvalued() ? "(o.value_pence is null or " + overlap + ")" : overlap);
        }
        if (c.closingAfter() != null) {
            clauses.add("o.closing_at >= ?");
            params.add(c.closingAfter());
        }
        if (c.closingBefore() != null) {
            clauses.add("o.closing_at < ?");
            params.add(c.closingBefore());
        }
        if (c.smeSuitable() != null) {
            clauses.add("o.sme_suitable = ?");
            params.add(c.smeSuitable());
        }
        if (c.vcseSuitable() != null) {
            clauses.add("o.vcse_suitable = ?");
            params.add(c.vcseSuitable());
        }
        if (c.location() != null) {
            clauses.add("o.location ilike ?");
            params.add("%" + escapeLike(c.location()) + "%");
        }
        if (c.postcode() != null) {
            clauses.add("o.postcode_key like ?");
            params.add(escapeLike(c.postcode()) + "%");
        }
        if (c.buyer() != null) {
            clauses.add("o.buyer_key = lower(?)");
            params.add(c.buyer());
        }
        if (!c.types().isEmpty()) {
            clauses.add("o.type = any(?)");
            params.add(c.types().stream().map(Enum::name).toArray(String[]::new));
        }
        return new NoticeFilter(String.join(" and ", clauses), params);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

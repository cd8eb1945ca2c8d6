package onestop.opportunities.search;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.postgresql.PGStatement;

import onestop.opportunities.api.SearchPage;
import onestop.opportunities.api.SearchHit;
import onestop.opportunities.OpportunitiesConfig;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.OpportunityStatus;
import onestop.platform.web.PageRequest;

/** The search queries, in plain SQL over the notice table and its indexes. */
@ApplicationScoped
class SearchRepository {

    private static final String COLUMNS = "o.id, o.reference, o.title, left(o.description, 300) as summary, o.buyer,"
            + " o.type, o.status, o.cpv_codes, o.value_min_pence, o.value_max_pence, o.location, o.postcode,"
            + " o.sme_suitable, o.vcse_suitable, o.published_at, o.closing_at";

    @Inject
    DataSource dataSource;

    @Inject
    OpportunitiesConfig config;

    List<SearchHit> hits(SearchCriteria c, PageRequest paging) {
        NoticeFilter filter = NoticeFilter.of(c, true);
        List<Object> params = new ArrayList<>();
        String sql;
        if (c.sort() == SearchSort.RELEVANCE) {
            // Rank a bounded candidate set: every match of a rare word, the newest matches of a common one.
            int candidates = Math.max(config.search().rankCandidates(), paging.offset() + paging.size());
            // candidates are ranked as they are found (id, rank and closing date only) and ordered by the
            // relevance order; the notice itself is read for the page alone
            sql = "select " + COLUMNS + ", page.rank from (select o.id, o.rank from"
                    + " (select o.id, o.closing_at, ts_rank(o.search, " + NoticeFilter.TSQUERY + ") as rank"
                    + " from opportunity o where " + filter.where + " order by o.published_at desc limit ?) o"
                    + " order by " + c.sort().orderBy + " limit ? offset ?) page"
                    + " join opportunity o on o.id = page.id"
                    + " order by " + c.sort().orderBy;
            params.add(c.q());
            params.addAll(filter.parameters);
            params.add(candidates);
        } else {
            sql = "select " + COLUMNS + " from opportunity o where " + filter.where + " order by " + c.sort().orderBy
                    + " limit ? offset ?";
            params.addAll(filter.parameters);
        }
        params.add(paging.size());
        params.add(paging.offset());
        List<SearchHit> hits = new ArrayList<>();
        query(sql, params, rs -> hits.add(hit(rs)));
        return hits;
    }

    /** The planner's estimate of the number of matches (from column statistics; costs a plan, not a scan). */
    long estimate(SearchCriteria c) {
        NoticeFilter filter = NoticeFilter.of(c, true);
        long[] rows = new long[1];
        query("explain (format json) select 1 from opportunity o where " + filter.where, filter.parameters,
                rs -> rows[0] = planRows(rs.getString(1)));
        return rows[0];
    }

    /** The estimated rows of the top node of an {@code explain (format json)} plan. */
    static long planRows(String planJson) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Plan Rows\":\\s*(\\d+)").matcher(planJson);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** The number of matches, counted up to {@code limit + 1}. */
    long count(SearchCriteria c, int limit) {
        NoticeFilter filter = NoticeFilter.of(c, true);
        List<Object> params = new ArrayList<>(filter.parameters);
        params.add(limit + 1);
        long[] count = new long[1];
        countingQuery(c, "select count(*) from (select 1 from opportunity o where " + filter.where + " limit ?) m",
                params, rs -> count[0] = rs.getLong(1));
        return count[0];
    }

    /** Facet counts among the first {@code limit} matches (all of them when there are fewer). */
    SearchPage.Facets facets(SearchCriteria c, int limit) {
        NoticeFilter filter = NoticeFilter.of(c, false);
        String[] statuses = c.statuses().stream().map(Enum::name).toArray(String[]::new);
        // The matches are read once and grouped by what the facets count (notices share a type, a band and
        // CPV codes, so groups are far fewer than matches); each facet then adds up the groups.
        String sql = "with m as materialized (select status, type, " + ValueBand.sqlCase() + " as band,"
                + "   cpv_prefixes, count(*) as n"
                + "   from (select o.status, o.type, o.cpv_prefixes, o.value_pence from opportunity o"
                + "     where " + filter.where + " limit ?) o group by 1, 2, 3, 4)"
                + " select 'status', status, sum(n) from m group by 2"
                + " union all select 'type', type, sum(n) from m where status = any(?) group by 2"
                + " union all select 'cpvDivision', d, sum(n) from m cross join lateral unnest(cpv_prefixes) d"
                + "   where length(d) = 2 and status = any(?) group by 2"
                + " union all select 'valueBand', band, sum(n) from m where status = any(?) group by 2";
        List<Object> params = new ArrayList<>(filter.parameters);
        params.add(limit);
        params.add(statuses);
        params.add(statuses);
        params.add(statuses);
        Map<String, Map<String, Long>> facets = new LinkedHashMap<>();
        for (String name : List.of("status", "type", "cpvDivision", "valueBand")) {
            facets.put(name, new LinkedHashMap<>());
        }
        countingQuery(c, sql, params, rs -> facets.get(rs.getString(1)).put(rs.getString(2), rs.getLong(3)));
        return new SearchPage.Facets(sorted(facets.get("status")), sorted(facets.get("type")),
                sorted(facets.get("cpvDivision")), sorted(facets.get("valueBand")));
    }

    private static Map<String, Long> sorted(Map<String, Long> counts) {
        Map<String, Long> result = new LinkedHashMap<>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey())).forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private static SearchHit hit(ResultSet rs) throws SQLException {
        return new SearchHit(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                rs.getString("summary"), rs.getString("buyer"), OpportunityType.valueOf(rs.getString("type")),
                OpportunityStatus.valueOf(rs.getString("status")), List.of((String[]) rs.getArray("cpv_codes").getArray()),
                (Long) rs.getObject("value_min_pence"), (Long) rs.getObject("value_max_pence"),
                rs.getString("location"), rs.getString("postcode"), rs.getBoolean("sme_suitable"),
                rs.getBoolean("vcse_suitable"), instant(rs, "published_at"), instant(rs, "closing_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    interface Row {
        void read(ResultSet rs) throws SQLException;
    }

    private void query(String sql, List<Object> params, Row row) {
        try (Connection connection = dataSource.getConnection()) {
            run(connection, sql, params, row);
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a query that reads the first matches of a search up to a limit. For words the index can find,
     * the planner would rather read the table in order until the limit (it takes a text match for cheap):
     * for a common word that tests the words of every notice read, three times slower than fetching the
     * matches the index lists. The first matches are the same either way (both read in table order).
     */
    private void countingQuery(SearchCriteria c, String sql, List<Object> params, Row row) {
        try (Connection connection = dataSource.getConnection()) {
            if (c.q() == null || !connection.getAutoCommit()) {
                run(connection, sql, params, row);
                return;
            }
            connection.setAutoCommit(false); // for a setting local to this query's transaction
            try {
                // querytree is 'T' when no word can be looked up (only exclusions): the index can't help
                run(connection, "select set_config('enable_seqscan', case when querytree(" + NoticeFilter.TSQUERY
                        + ") = 'T' then 'on' else 'off' end, true)", List.of(c.q()), rs -> { });
                run(connection, sql, params, row);
            } finally {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Search failed: " + e.getMessage(), e);
        }
    }

    private static void run(Connection connection, String sql, List<Object> params, Row row) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            // Planned for its values every time: a plan reused for any word assumes a rare one, and walks
            // and sorts every match of a common word (10 times slower at 100,000 notices).
            statement.unwrap(PGStatement.class).setPrepareThreshold(0);
            for (int i = 0; i < params.size(); i++) {
                bind(connection, statement, i + 1, params.get(i));
            }
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    row.read(rs);
                }
            }
        }
    }

    private static void bind(Connection connection, PreparedStatement statement, int index, Object value)
            throws SQLException {
        if (value instanceof String[] strings) {
            Array array = connection.createArrayOf("text", strings);
            statement.setArray(index, array);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, instant.atOffset(java.time.ZoneOffset.UTC));
        } else if (value instanceof Long n) {
            statement.setLong(index, n);
        } else if (value == null) {
            statement.setNull(index, java.sql.Types.BIGINT);
        } else {
            statement.setObject(index, value);
        }
    }
}

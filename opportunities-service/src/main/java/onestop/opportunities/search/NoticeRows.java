package onestop.opportunities.search;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.SearchHit;

/**
 * Reads notices for the index from PostgreSQL, the source of truth: all of them at start, then those
 * written by transactions the index may not have seen ({@code search_xid}, V20).
 */
@ApplicationScoped
class NoticeRows {

    private static final String COLUMNS = "o.id, o.reference, o.title, o.description, left(o.description, 300) as summary,"
            + " o.buyer, o.type, o.status, o.cpv_codes, o.cpv_prefixes, o.value_min_pence, o.value_max_pence,"
            + " o.location, o.postcode, o.sme_suitable, o.vcse_suitable, o.published_at, o.closing_at,"
            + " o.parent_id, o.programme_id";

    /** Every transaction below this one had finished when it was read: the next look starts from it. */
    private static final String HORIZON = "select pg_snapshot_xmin(pg_current_snapshot())::text::bigint";

    @Inject
    DataSource dataSource;

    /** The current horizon: every transaction with a lower id is finished and its rows visible. */
    long horizon() {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(HORIZON);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the transaction horizon: " + e.getMessage(), e);
        }
    }

    /** Every notice (drafts too: the index leaves them out), streamed. */
    void all(Consumer<Change> each) {
        read("select " + COLUMNS + ", o.search_xid from opportunity o", List.of(), each);
    }

    /** Each notice written by a transaction from {@code horizon} on, with the id of that transaction. */
    Map<UUID, Long> writtenSince(long horizon) {
        Map<UUID, Long> written = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("select id, search_xid from opportunity where search_xid >= ?")) {
            s.setLong(1, horizon);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    written.put(rs.getObject(1, UUID.class), rs.getLong(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the changed notices: " + e.getMessage(), e);
        }
        return written;
    }

    void byIds(List<UUID> ids, Consumer<Change> each) {
        read("select " + COLUMNS + ", o.search_xid from opportunity o where o.id = any(?)", ids, each);
    }

    /** A notice as the index needs it, and the transaction that last wrote it. */
    record Change(NoticeDocument.Row row, OpportunityStatus status, long xid) {
    }

    private void read(String sql, List<UUID> ids, Consumer<Change> each) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // a cursor: the rows of a large table are streamed, not held
            try (PreparedStatement s = c.prepareStatement(sql)) {
                s.setFetchSize(1000);
                if (sql.contains("?")) {
                    s.setArray(1, c.createArrayOf("uuid", ids.toArray()));
                }
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        each.accept(new Change(row(rs), OpportunityStatus.valueOf(rs.getString("status")),
                                rs.getLong("search_xid")));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read notices for the search index: " + e.getMessage(), e);
        }
    }

    private static NoticeDocument.Row row(ResultSet rs) throws SQLException {
        SearchHit hit = new SearchHit(rs.getObject("id", UUID.class), rs.getString("reference"), rs.getString("title"),
                rs.getString("summary"), rs.getString("buyer"), OpportunityType.valueOf(rs.getString("type")),
                OpportunityStatus.valueOf(rs.getString("status")), strings(rs, "cpv_codes"),
                (Long) rs.getObject("value_min_pence"), (Long) rs.getObject("value_max_pence"),
                rs.getString("location"), rs.getString("postcode"), rs.getBoolean("sme_suitable"),
                rs.getBoolean("vcse_suitable"), instant(rs, "published_at"), instant(rs, "closing_at"));
        return new NoticeDocument.Row(hit, rs.getString("description"), strings(rs, "cpv_prefixes"),
                rs.getObject("parent_id", UUID.class), rs.getObject("programme_id", UUID.class));
    }

    private static List<String> strings(ResultSet rs, String column) throws SQLException {
        return List.of((String[]) rs.getArray(column).getArray());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}

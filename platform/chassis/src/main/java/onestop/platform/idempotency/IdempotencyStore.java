package onestop.platform.idempotency;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The {@code idempotency_keys} table, in plain JDBC outside any transaction of the request, so that a key is
 * claimed before the request acts and its answer kept after the request's own transaction committed; only
 * {@link #markActed} runs inside the request's transaction.
 */
@ApplicationScoped
class IdempotencyStore {

    /** What a claim found. */
    sealed interface Claim {
        /** The key is this request's now: act, then {@link #keep} or {@link #release}. */
        record Claimed() implements Claim {
        }

        /** The key was used with another body (or route). */
        record OtherRequest() implements Claim {
        }

        /** The first request with this key is still being answered. */
        record InProgress() implements Claim {
        }

        /** The first request acted (its transaction committed) but its answer was never kept: it died in between. */
        record OutcomeUnknown() implements Claim {
        }

        record Answered(StoredAnswer answer) implements Claim {
        }
    }

    private static final TypeReference<Map<String, String>> HEADERS = new TypeReference<>() {
    };

    private final DataSource dataSource;
    private final ObjectMapper json = new ObjectMapper();

    IdempotencyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    Claim claim(String scope, String key, String requestHash) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            // a key older than 24 hours is forgotten; one left in progress for a minute by a crash before its work
            // committed is taken over; one whose work committed (acted) is never taken over, lest it act twice
            update(connection, "delete from idempotency_keys where scope = ? and key = ? and (created_at < now() - "
                    + "interval '24 hours' or (status is null and not acted and locked_at < now() - interval '1 minute'))",
                    scope, key);
            if (update(connection, "insert into idempotency_keys (scope, key, request_hash) values (?, ?, ?) "
                    + "on conflict (scope, key) do nothing", scope, key, requestHash) == 1) {
                return new Claim.Claimed();
            }
            try (PreparedStatement select = connection.prepareStatement("select request_hash, status, content_type, "
                    + "headers, body, acted and locked_at < now() - interval '1 minute' from idempotency_keys where scope = ? and key = ?")) {
                select.setString(1, scope);
                select.setString(2, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        // released between the insert and the select: the caller may try again
                        return new Claim.InProgress();
                    }
                    if (!row.getString(1).equals(requestHash)) {
                        return new Claim.OtherRequest();
                    }
                    int status = row.getInt(2);
                    if (row.wasNull()) {
                        return row.getBoolean(6) ? new Claim.OutcomeUnknown() : new Claim.InProgress();
                    }
                    return new Claim.Answered(new StoredAnswer(status, row.getString(3),
                            json.readValue(row.getString(4), HEADERS), row.getBytes(5)));
                }
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("Unreadable stored headers", e);
        }
    }

    void keep(String scope, String key, StoredAnswer answer) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("update idempotency_keys set status = ?, "
                        + "content_type = ?, headers = ?, body = ? where scope = ? and key = ?")) {
            update.setInt(1, answer.status());
            update.setString(2, answer.contentType());
            update.setString(3, json.writeValueAsString(answer.headers()));
            update.setBytes(4, answer.body());
            update.setString(5, scope);
            update.setString(6, key);
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new SQLException("Unwritable headers", e);
        }
    }

    /** Called inside the request's own transaction (by {@link ActedMark}): commits if and only if the work does. */
    void markActed(String scope, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "update idempotency_keys set acted = true where scope = ? and key = ? and not acted",
                    scope, key);
        }
    }

    void release(String scope, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "delete from idempotency_keys where scope = ? and key = ? and status is null", scope, key);
        }
    }

    /** A 5xx answer: the key is freed for a retry unless the request's work committed before it failed. */
    void releaseUnlessActed(String scope, String key) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            update(connection, "delete from idempotency_keys where scope = ? and key = ? and status is null and not acted",
                    scope, key);
        }
    }

    int forgetOld() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return update(connection, "delete from idempotency_keys where created_at < now() - interval '24 hours'");
        }
    }

    private static int update(Connection connection, String sql, String... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                statement.setString(i + 1, values[i]);
            }
            return statement.executeUpdate();
        }
    }
}

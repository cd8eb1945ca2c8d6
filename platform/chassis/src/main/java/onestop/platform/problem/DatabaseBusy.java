package onestop.platform.problem;

import java.sql.SQLException;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.RollbackException;

/**
 * No database connection could be had in time (503 with {@code Retry-After}): the pool stayed exhausted for its
 * acquisition timeout ({@code quarkus.datasource.jdbc.acquisition-timeout}), or the database cannot be reached.
 * The caller may try again soon; nothing was changed, unless the connection was lost as the change was being
 * committed, which the detail then says. Found by {@link #in(Throwable)} in whatever JPA, Hibernate
 * or the transaction manager wrapped around the driver's or the pool's {@link SQLException}.
 */
public class DatabaseBusy extends ProblemException {

    /** Seconds the caller is asked to wait before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;
    // Agroal's message when no connection became free within the acquisition timeout (it sets no SQL state)
    private static final String ACQUISITION_TIMEOUT = "acquisition timeout";
    // SQL state class 08: connection exception (the database refused or dropped the connection)
    private static final String CONNECTION_EXCEPTION_CLASS = "08";
    // SQL states 57P01-57P03: the server is shutting down, crashed under the session, or is starting up again
    private static final String SERVER_GOING_AWAY = "57P0";

    public DatabaseBusy(String detail) {
        super(detail);
    }

    /**
     * The 503 to answer if {@code failure} was caused by the lack of a database connection: the failure is the
     * database's, not the request's (or the event's), and the same work may succeed once it is back. The driver's
     * exception is looked for among the causes and among what was suppressed beside them (the transaction manager
     * keeps a failed commit's there). When the connection was lost as the transaction committed, whether the change
     * was saved is not known, and the answer says so.
     */
    public static Optional<DatabaseBusy> in(Throwable failure) {
        Optional<SQLException> lost = connectionFailure(failure, new HashSet<>());
        if (lost.isEmpty()) {
            return Optional.empty();
        }
        if (acquisitionTimedOut(lost.get())) {
            return Optional.of(new DatabaseBusy("The service is too busy to take this request now. "
                    + "Try again in a few seconds."));
        }
        if (atCommit(failure)) {
            return Optional.of(new DatabaseBusy("The service lost its database as it was saving this, so it may or may "
                    + "not have been saved. Look at it again in a few seconds before you try again."));
        }
        return Optional.of(new DatabaseBusy("The service cannot reach its database at the moment. "
                + "Try again in a few seconds."));
    }

    private static Optional<SQLException> connectionFailure(Throwable failure, Set<Throwable> seen) {
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof SQLException sql && lostConnection(sql)) {
                return Optional.of(sql);
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Optional<SQLException> found = connectionFailure(suppressed, seen);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static boolean lostConnection(SQLException sql) {
        if (acquisitionTimedOut(sql)) {
            return true;
        }
        String state = sql.getSQLState();
        return state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(SERVER_GOING_AWAY));
    }

    private static boolean acquisitionTimedOut(SQLException sql) {
        return sql.getMessage() != null && sql.getMessage().contains(ACQUISITION_TIMEOUT);
    }

    private static boolean atCommit(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof RollbackException || cause instanceof HeuristicMixedException) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int status() {
        return 503;
    }

    @Override
    public String slug() {
        return "service-busy";
    }

    @Override
    public String title() {
        return "Service busy";
    }

    @Override
    public Map<String, String> headers() {
        return Map.of("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
    }
}

package onestop.platform.problem;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

/**
 * No database connection could be had in time (503 with {@code Retry-After}): the pool stayed exhausted for its
 * acquisition timeout ({@code quarkus.datasource.jdbc.acquisition-timeout}), or the database cannot be reached.
 * The caller may try again soon; nothing was changed. Found by {@link #in(Throwable)} in whatever JPA, Hibernate
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
     * database's, not the request's (or the event's), and the same work may succeed once it is back.
     */
    public static Optional<DatabaseBusy> in(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                if (sql.getMessage() != null && sql.getMessage().contains(ACQUISITION_TIMEOUT)) {
                    return Optional.of(new DatabaseBusy("The service is too busy to take this request now. "
                            + "Try again in a few seconds."));
                }
                String state = sql.getSQLState();
                if (state != null && (state.startsWith(CONNECTION_EXCEPTION_CLASS) || state.startsWith(SERVER_GOING_AWAY))) {
                    return Optional.of(new DatabaseBusy("The service cannot reach its database at the moment. "
                            + "Try again in a few seconds."));
                }
            }
        }
        return Optional.empty();
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

package onestop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (the zonky binaries) shared by every test in the JVM, on a free port.
 * Each service asks for its own database by name.
 */
public final class EmbeddedPostgres {

    private static EmbeddedPostgres shared;

    private final io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
        try {
            this.server = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setPort(EmbeddedKafka.freePort())
                    .setServerConfig("max_connections", "200")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    /** The server shared by every test in this JVM, started on first use. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = new EmbeddedPostgres();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    shared.server.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the temporary data directory goes with it
                }
            }, "embedded-postgres-stop"));
        }
        return shared;
    }

    /** Creates the database if it does not exist yet and returns its JDBC URL. */
    public synchronized String database(String name) {
        if (!name.matches("[a-z_][a-z0-9_]*")) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = server.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }
}

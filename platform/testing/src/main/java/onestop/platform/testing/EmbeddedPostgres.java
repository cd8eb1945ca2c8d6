package onestop.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server (the zonky binaries) shared by every test in the JVM, on a free port.
 * Each service asks for its own database by name. It can be {@linkplain #crash() crashed} (SIGKILL of the
 * postmaster and every backend, as a power cut would) and {@linkplain #start() started again} on the same port and
 * data, so that tests can prove what the services do when their database dies under them.
 */
public final class EmbeddedPostgres {

    private static EmbeddedPostgres shared;

    private final int port = FreePorts.any();
    private final Path dataDirectory;
    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres server;

    private EmbeddedPostgres() {
        try {
            this.dataDirectory = Files.createTempDirectory("onestop-postgres-");
            this.server = launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
    }

    private io.zonky.test.db.postgres.embedded.EmbeddedPostgres launch() throws IOException {
        // never cleaned by zonky (which would delete the data a restart recovers from): close() below deletes it
        return io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                // as in production, a commit is acknowledged only once its WAL is on disk: zonky turns this off,
                // and then a crash() loses the last commits (FaultSuiteIT found an acknowledged write missing)
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    /** The server shared by every test in this JVM, started on first use. */
    public static synchronized EmbeddedPostgres shared() {
        if (shared == null) {
            shared = new EmbeddedPostgres();
            AtExit.stopServer("the embedded PostgreSQL", shared::close);
        }
        return shared;
    }

    /**
     * Kills the server as a crash would: SIGKILL to the postmaster and to every process it started, no checkpoint,
     * no goodbye to the clients. The data directory stays; {@link #start()} recovers from its write-ahead log.
     */
    public synchronized void crash() {
        ProcessHandle postmaster = postmaster();
        List<ProcessHandle> backends = postmaster.descendants().toList();
        postmaster.destroyForcibly();
        backends.forEach(ProcessHandle::destroyForcibly);
        await(postmaster);
        backends.forEach(EmbeddedPostgres::await);
    }

    /** Starts the server again on the same port and data after a {@link #crash()}; returns once it takes connections. */
    public synchronized void start() {
        if (Files.exists(dataDirectory.resolve("postmaster.pid")) && postmasterAlive()) {
            return;
        }
        try {
            // the crashed instance still holds zonky's lock on the data directory: its close() lets go of it (and
            // logs that it could not stop a postmaster that is already gone)
            server.close();
            server = launch();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL again", e);
        }
    }

    private boolean postmasterAlive() {
        try {
            return postmaster().isAlive();
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private ProcessHandle postmaster() {
        try {
            // the first line of postmaster.pid is the postmaster's process id (pg_ctl started it as a daemon)
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
            return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
        } catch (IOException e) {
            throw new IllegalStateException("PostgreSQL is not running", e);
        }
    }

    private static void await(ProcessHandle process) {
        try {
            process.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Process " + process.pid() + " did not end after SIGKILL", e);
        }
    }

    private synchronized void close() {
        try {
            server.close();
        } catch (IOException | RuntimeException ignored) {
            // the JVM is exiting, possibly after a crash() nobody restarted
        }
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; nothing else depends on it
        }
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

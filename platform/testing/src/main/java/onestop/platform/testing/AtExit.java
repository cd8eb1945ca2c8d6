package onestop.platform.testing;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * What a test JVM stops as it exits, in an order: first what uses the shared servers (the services a system test
 * started), newest first, then the servers themselves (PostgreSQL, Kafka). The JVM runs its own shutdown hooks
 * all at once, so with a hook each a database could stop under services still running their scheduled jobs, and
 * every service would log the connection it lost as it stopped.
 */
public final class AtExit {

    private static final Deque<Step> CLIENTS = new ArrayDeque<>();
    private static final Deque<Step> SERVERS = new ArrayDeque<>();
    private static boolean hooked;

    private AtExit() {
    }

    /** Stops {@code stop} at exit, before every server. */
    public static synchronized void stopClient(String name, Runnable stop) {
        add(CLIENTS, name, stop);
    }

    /** Stops {@code stop} at exit, once every client is stopped. */
    public static synchronized void stopServer(String name, Runnable stop) {
        add(SERVERS, name, stop);
    }

    private static void add(Deque<Step> steps, String name, Runnable stop) {
        steps.push(new Step(name, stop));
        if (!hooked) {
            Runtime.getRuntime().addShutdownHook(new Thread(AtExit::runAll, "onestop-test-exit"));
            hooked = true;
        }
    }

    private static void runAll() {
        Deque<Step> clients;
        Deque<Step> servers;
        synchronized (AtExit.class) {
            clients = new ArrayDeque<>(CLIENTS);
            servers = new ArrayDeque<>(SERVERS);
        }
        clients.forEach(Step::run);
        servers.forEach(Step::run);
    }

    private record Step(String name, Runnable stop) {

        void run() {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // not a logger: the JVM's log manager closes its handlers in a shutdown hook of its own, beside this one
                System.err.println("Could not stop " + name + " as the tests' JVM exited: " + e);
            }
        }
    }
}

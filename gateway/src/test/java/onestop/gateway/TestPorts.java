package onestop.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;

import onestop.platform.testing.FreePorts;

/**
 * Free ports chosen once per JVM and kept in system properties, so the test profile (which Quarkus may
 * load in another class loader) and the tests agree on them.
 */
public final class TestPorts {

    private TestPorts() {
    }

    /** Where the tests' fake licensing service listens. */
    public static int licensing() {
        return port("onestop.test.port.licensing");
    }

    /** A fake licensing service's port of its own, for a test class whose profile points the gateway at it. */
    public static int licensing(String owner) {
        return port("onestop.test.port.licensing." + owner);
    }

    /**
     * A port nothing listens on: connections to it are refused. The port stays bound (not listening) by a
     * socket held for the JVM's life, so neither a server started later (embedded Kafka or PostgreSQL, a fake)
     * nor an outgoing connection's own end can take it and answer in its place.
     */
    public static int nobodyListening() {
        return Integer.parseInt(System.getProperties()
                .computeIfAbsent("onestop.test.port.closed", k -> String.valueOf(boundNotListening())).toString());
    }

    private static int port(String key) {
        // Properties is a Hashtable: computeIfAbsent is atomic, whichever class loader asks.
        return Integer.parseInt(System.getProperties()
                .computeIfAbsent(key, k -> String.valueOf(FreePorts.any())).toString());
    }

    /** Binds a port without listening; the shutdown hook keeps the socket reachable, so it is never collected. */
    private static int boundNotListening() {
        try {
            Socket socket = new Socket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(socket)));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the JVM is exiting
        }
    }

}

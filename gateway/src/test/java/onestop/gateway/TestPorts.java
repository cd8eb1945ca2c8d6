package onestop.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

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

    /** A port nothing listens on: connections to it are refused. */
    public static int nobodyListening() {
        return port("onestop.test.port.closed");
    }

    private static int port(String key) {
        // Properties is a Hashtable: computeIfAbsent is atomic, whichever class loader asks.
        return Integer.parseInt(System.getProperties()
                .computeIfAbsent(key, k -> String.valueOf(freePort())).toString());
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

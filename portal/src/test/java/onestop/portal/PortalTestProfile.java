package onestop.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/**
 * The portal alone: its API (the gateway) at a port that refuses connections, so every page that needs the
 * API shows the service's "unavailable" page. Journeys through the API are the system tests' (PortalIT and
 * the browser tests), against the real gateway and services.
 */
public class PortalTestProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(OneStopTestInfrastructure.class, Map.of("database", "portal")));
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("onestop.portal.api-url", "http://127.0.0.1:" + refusingPort(),
                "onestop.portal.api-timeout", "2s");
    }

    /**
     * A port bound but not listening, held for the JVM's life (the shutdown hook keeps the socket reachable),
     * so that no server started later can take it.
     */
    static int refusingPort() {
        return Integer.parseInt(System.getProperties().computeIfAbsent("onestop.test.port.refusing", key -> {
            try {
                Socket socket = new Socket();
                socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        socket.close();
                    } catch (IOException ignored) {
                        // the JVM is exiting
                    }
                }));
                return String.valueOf(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).toString());
    }
}

package onestop.platform.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port for a server a test starts a moment later: free now, and below the kernel's ephemeral ports, so that no
 * outgoing connection on the machine (a JDBC pool's, a Kafka client's) is handed it in the meantime, as it may be
 * a port the kernel chose itself ({@code new ServerSocket(0)}). No port is handed out twice by one JVM.
 */
public final class FreePorts {

    private static final Path EPHEMERAL_RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    /** Above the local stack's ports (deploy/local: 8080-9300, 15432). */
    private static final int LOWEST = 20000;
    private static final int TRIES = 200;
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();
    private static final int FIRST_EPHEMERAL = firstEphemeralPort();

    private FreePorts() {
    }

    public static int any() {
        int below = FIRST_EPHEMERAL;
        for (int i = 0; i < TRIES; i++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, below);
            if (!HANDED_OUT.contains(port) && bindable(port) && HANDED_OUT.add(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port between " + LOWEST + " and " + below + " after " + TRIES + " tries");
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int firstEphemeralPort() {
        try { // read as lines: Files.readString stops after the first byte of a procfs file
            int first = Integer.parseInt(Files.readAllLines(EPHEMERAL_RANGE).get(0).trim().split("\\s+")[0]);
            return first > LOWEST + 1000 ? first : 32768;
        } catch (IOException | RuntimeException unreadable) {
            return 32768; // Linux's default range starts here; other systems start theirs higher
        }
    }
}

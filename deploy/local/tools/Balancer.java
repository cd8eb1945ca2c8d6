import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The local stack's load balancer when it runs several replicas (deploy/local/up --replicas N), and the
 * two-replica system test's (TwoReplicasIT): a TCP balancer on 127.0.0.1 that hands each new connection to the
 * next replica in turn, as a Kubernetes Service does. A replica that refuses a connection is skipped and left
 * out for 2 seconds (passive health checking), so a killed replica costs a client at most the requests in
 * flight on its open connections; a new connection goes to a live one. With no replica accepting, the client
 * gets a 503 with Retry-After. HTTP is not parsed: keep-alive connections stay with their replica.
 *
 * <p>Run from source with a JDK 17+, no build, one process for every balanced service:
 * {@code java Balancer.java <listen-port>:<replica-port>,<replica-port>... [<listen-port>:...]}
 * (nginx would do as well; this needs nothing installed beyond the JDK the stack already needs).
 */
public final class Balancer {

    private static final int CONNECT_TIMEOUT_MS = 1000;
    private static final long LEFT_OUT_MS = 2000;
    private static final byte[] UNAVAILABLE = ("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
            + "Content-Type: text/plain\r\nContent-Length: 22\r\nConnection: close\r\n\r\nno replica available.\n")
            .getBytes(StandardCharsets.US_ASCII);

    private final int[] replicas;
    private final AtomicLongArray downUntil;
    private final AtomicInteger next = new AtomicInteger();
    private final ExecutorService pipes = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "pipe");
        thread.setDaemon(true);
        return thread;
    });

    private Balancer(int[] replicas) {
        this.replicas = replicas;
        this.downUntil = new AtomicLongArray(replicas.length);
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: java Balancer.java <listen-port>:<replica-port>,<replica-port>... [...]");
            System.exit(2);
        }
        List<ServerSocket> servers = new ArrayList<>();
        List<Balancer> balancers = new ArrayList<>();
        for (String group : args) {
            String[] parts = group.split(":", 2);
            int listen = Integer.parseInt(parts[0]);
            int[] replicas = java.util.Arrays.stream(parts[1].split(",")).mapToInt(Integer::parseInt).toArray();
            ServerSocket server = new ServerSocket();
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listen), 512);
            servers.add(server);
            balancers.add(new Balancer(replicas));
            log("balancing 127.0.0.1:" + listen + " over " + java.util.Arrays.toString(replicas));
        }
        for (int i = 0; i < servers.size(); i++) {
            ServerSocket server = servers.get(i);
            Balancer balancer = balancers.get(i);
            Thread acceptor = new Thread(() -> balancer.serve(server), "accept-" + server.getLocalPort());
            acceptor.start();
        }
    }

    private void serve(ServerSocket server) {
        while (true) {
            try {
                Socket client = server.accept();
                pipes.execute(() -> handle(client));
            } catch (IOException e) {
                log("accepting on " + server.getLocalPort() + " failed: " + e.getMessage());
            }
        }
    }

    private void handle(Socket client) {
        try {
            client.setTcpNoDelay(true);
            Socket replica = connect();
            if (replica == null) {
                try (client) {
                    client.getOutputStream().write(UNAVAILABLE);
                    // read what the client sent before closing: closing on unread bytes would reset the connection
                    // and the client would never see the 503
                    client.shutdownOutput();
                    client.setSoTimeout(1000);
                    client.getInputStream().transferTo(OutputStream.nullOutputStream());
                }
                return;
            }
            AtomicInteger ended = new AtomicInteger();
            pipes.execute(() -> pipe(replica, client, ended));
            pipe(client, replica, ended);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    /** A connection to the next replica that accepts one, the live ones first; null when none does. */
    private Socket connect() {
        int start = Math.floorMod(next.getAndIncrement(), replicas.length);
        List<Integer> order = new ArrayList<>();
        List<Integer> leftOut = new ArrayList<>();
        long now = System.currentTimeMillis();
        for (int i = 0; i < replicas.length; i++) {
            int index = (start + i) % replicas.length;
            (downUntil.get(index) > now ? leftOut : order).add(index);
        }
        order.addAll(leftOut); // a replica left out may be back: try it last rather than answer 503
        for (int index : order) {
            Socket socket = new Socket();
            try {
                socket.setTcpNoDelay(true);
                socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), replicas[index]), CONNECT_TIMEOUT_MS);
                downUntil.set(index, 0);
                return socket;
            } catch (IOException e) {
                closeQuietly(socket);
                if (downUntil.getAndSet(index, System.currentTimeMillis() + LEFT_OUT_MS) == 0) {
                    log("replica 127.0.0.1:" + replicas[index] + " refused a connection (" + e.getMessage()
                            + "): left out for " + LEFT_OUT_MS + " ms");
                }
            }
        }
        return null;
    }

    /** Copies one direction until it ends, then half-closes the other side; closes both once both have ended. */
    private static void pipe(Socket from, Socket to, AtomicInteger ended) {
        byte[] buffer = new byte[16 * 1024];
        try {
            InputStream in = from.getInputStream();
            OutputStream out = to.getOutputStream();
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
            to.shutdownOutput();
            if (ended.incrementAndGet() < 2) {
                return;
            }
        } catch (IOException e) {
            // a reset on either side (a killed replica): the client sees its connection end, as it would
        }
        closeQuietly(from);
        closeQuietly(to);
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing: nothing left to do
        }
    }

    private static void log(String message) {
        System.out.println(Instant.now() + " " + message);
    }
}

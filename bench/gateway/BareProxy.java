import io.vertx.core.AbstractVerticle;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The floor for a JVM proxy on this machine: a Vert.x server piping every request to one upstream through a pooled
 * client, one verticle per core, and nothing else (no router, limits, headers, access log or metrics). Not part of
 * the product. bench/gateway/run.sh starts it beside the gateway and nginx as "vertx-floor", on the gateway's own
 * Vert.x and Netty jars (Java's NIO, as the gateway) with the services' JVM options. By hand, with Netty's native
 * epoll (measured no different here: results-20261206T114813Z.md):
 *   m2=~/.m2/repository/io/netty; v=4.1.130.Final
 *   java -cp "$(ls gateway/target/quarkus-app/lib/main/{io.vertx.vertx-core,io.netty.}*.jar | tr '\n' :)$m2/netty-transport-native-epoll/$v/netty-transport-native-epoll-$v-linux-x86_64.jar:$m2/netty-transport-classes-epoll/$v/netty-transport-classes-epoll-$v.jar" \
 *     bench/gateway/BareProxy.java 8098 8081 &
 *   BENCH_KEEP_STACK=1 BENCH_EXTRA_TARGETS="epoll=http://127.0.0.1:8098/api/licensing/licence-types" bench/gateway/run.sh
 */
public class BareProxy extends AbstractVerticle {

    private final int port;
    private final int upstream;

    BareProxy(int port, int upstream) {
        this.port = port;
        this.upstream = upstream;
    }

    @Override
    public void start() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true), new PoolOptions().setHttp1MaxSize(100));
        vertx.createHttpServer().requestHandler(request -> {
            request.pause();
            client.request(new RequestOptions().setMethod(request.method()).setHost("127.0.0.1").setPort(upstream)
                    .setURI(request.uri()))
                    .onSuccess(out -> {
                        out.headers().setAll(request.headers());
                        out.response().onSuccess(answer -> {
                            request.response().setStatusCode(answer.statusCode()).headers().setAll(answer.headers());
                            answer.pipeTo(request.response());
                        });
                        out.end();
                        request.resume();
                    })
                    .onFailure(failed -> request.response().setStatusCode(502).end());
        }).listen(port);
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        int upstream = Integer.parseInt(args[1]);
        Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
        vertx.deployVerticle(() -> new BareProxy(port, upstream),
                new DeploymentOptions().setInstances(Runtime.getRuntime().availableProcessors()));
    }
}

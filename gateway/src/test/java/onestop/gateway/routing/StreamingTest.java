package onestop.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import onestop.gateway.GatewayTestProfile;
import onestop.platform.testing.OneStopTestInfrastructure;

/** Bodies pass through the gateway as they arrive: neither direction waits for the whole body. */
@QuarkusTest
@TestProfile(StreamingTest.Profile.class)
@WithTestResource(value = OneStopTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "gateway"))
class StreamingTest {

    /** Its own gateway and fake licensing service. */
    public static class Profile extends GatewayTestProfile.OwnLicensingPort {
    }

    static FakeLicensingService licensing;
    static Vertx vertx;
    static HttpClient client;

    @TestHTTPResource("/")
    URL gateway;

    @BeforeAll
    static void start() throws Exception {
        licensing = new FakeLicensingService(new Profile().licensingPort());
        vertx = Vertx.vertx();
        client = vertx.createHttpClient();
    }

    @AfterAll
    static void stop() throws Exception {
        licensing.close();
        vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    @Test
    void theStartOfAnUploadReachesTheServiceBeforeTheCallerHasSentTheRest() throws Exception {
        HttpClientRequest upload = client.request(HttpMethod.POST, gateway.getPort(), "127.0.0.1", "/api/licensing/upload")
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        upload.setChunked(true).write("part one;");

        await().atMost(Duration.ofSeconds(10)).until(() -> licensing.uploadReceived.toString().equals("part one;"));

        upload.end("part two");
        String answer = upload.response().compose(HttpClientResponse::body)
                .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).toString();
        assertThat(answer).isEqualTo("received 17");
    }

    @Test
    void aServiceThatDiesMidUploadIsA502ToTheCallerAndOneWarningToTheOperator() throws Exception {
        licensing.uploadReceived.setLength(0);
        List<LogRecord> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            HttpClientRequest upload = client.request(HttpMethod.POST, gateway.getPort(), "127.0.0.1",
                    "/api/licensing/dies-mid-upload").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            // read as it arrives: the answer may come before the caller has finished sending
            Future<Buffer> body = upload.response().compose(HttpClientResponse::body);
            upload.setChunked(true).write("part one;");
            await().atMost(Duration.ofSeconds(10)).until(() -> licensing.uploadReceived.toString().equals("part one;"));
            // the body keeps coming until the gateway answers, or twenty more chunks have gone
            AtomicInteger chunks = new AtomicInteger();
            await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20)).until(() -> {
                if (upload.response().isComplete()) {
                    return true;
                }
                upload.write("more;");
                return chunks.incrementAndGet() >= 20;
            });
            upload.end();
            HttpClientResponse answer = upload.response().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);

            assertThat(answer.statusCode()).isEqualTo(502);
            assertThat(answer.getHeader("Content-Type")).startsWith("application/problem+json");
            assertThat(body.toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).toString())
                    .contains("upstream-failed");
            await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() -> true);
            assertThat(logged).filteredOn(record -> record.getLevel().intValue() >= Level.WARNING.intValue())
                    .extracting(record -> record.getLoggerName() + ": " + record.getMessage())
                    .singleElement().asString()
                    .startsWith(ProxiedExchange.class.getName() + ": ").contains("/api/licensing/dies-mid-upload");
        } finally {
            root.removeHandler(capture);
        }
    }

    @Test
    void theStartOfADownloadReachesTheCallerBeforeTheServiceHasSentTheRest() throws Exception {
        licensing.releaseDownload = Promise.promise();
        StringBuffer received = new StringBuffer();
        Promise<Void> ended = Promise.promise();
        client.request(HttpMethod.GET, gateway.getPort(), "127.0.0.1", "/api/licensing/download")
                .compose(HttpClientRequest::send)
                .onSuccess(response -> response.handler(chunk -> received.append(chunk.toString()))
                        .endHandler(end -> ended.complete()));

        await().atMost(Duration.ofSeconds(10)).until(() -> received.toString().equals("first;"));
        assertThat(ended.future().isComplete()).isFalse();

        licensing.releaseDownload.complete();
        await().atMost(Duration.ofSeconds(10)).until(() -> ended.future().isComplete());
        assertThat(received.toString()).isEqualTo("first;second");
    }
}

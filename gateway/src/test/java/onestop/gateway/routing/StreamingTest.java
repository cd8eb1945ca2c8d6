package onestop.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URL;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.Promise;
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

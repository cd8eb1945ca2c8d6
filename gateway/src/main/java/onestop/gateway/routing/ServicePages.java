package onestop.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import onestop.gateway.GatewayConfig;

/**
 * Reads a page from a service on the caller's behalf (their token and request id passed on). Never fails:
 * a service that is down, slow, or answers anything but 200 JSON gives an empty result.
 */
@ApplicationScoped
public class ServicePages {

    private static final Logger LOG = Logger.getLogger(ServicePages.class);

    private final HttpClient client;
    private final ObjectMapper json;

    ServicePages(Vertx vertx, GatewayConfig config, ObjectMapper json) {
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis()).setKeepAlive(true));
        this.json = json;
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** What a service answered: its status, its JSON body ({@code null} when it sent none) and its ETag. */
    public record Answer(int status, JsonNode body, String etag) {
    }

    /** A request to send on a caller's behalf: headers such as Authorization, If-Match, Content-Type. */
    public record Call(HttpMethod method, URI base, String pathAndQuery, Map<String, String> headers, Buffer body) {

        public static Call get(URI base, String pathAndQuery, Map<String, String> headers) {
            return new Call(HttpMethod.GET, base, pathAndQuery, headers, null);
        }
    }

    /**
     * Reads a page and returns whatever the service answered; fails if it cannot be reached in time or
     * does not answer JSON.
     */
    public Uni<Answer> fetch(URI base, String pathAndQuery, String authorization, String requestId,
            Duration timeout) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        if (requestId != null) {
            headers.put("X-Request-Id", requestId);
        }
        return send(Call.get(base, pathAndQuery, headers), timeout);
    }

    /**
     * Sends a call and returns whatever the service answered; fails if it cannot be reached in time or
     * does not answer JSON.
     */
    public Uni<Answer> send(Call call, Duration timeout) {
        return exchange(call, "application/json", timeout, response -> response.body().map(body -> new Answer(
                response.statusCode(), parse(body.getBytes()), response.getHeader("ETag"))));
    }

    /** A file a service answered with, as it sent it: status, media type, Content-Disposition and bytes. */
    public record File(int status, String contentType, String disposition, Buffer content) {
    }

    /** Fetches a file (a document download); fails if the service cannot be reached in time. */
    public Uni<File> download(Call call, Duration timeout) {
        return exchange(call, "*/*", timeout, response -> response.body().map(body -> new File(response.statusCode(),
                response.getHeader("Content-Type"), response.getHeader("Content-Disposition"), body)));
    }

    private <T> Uni<T> exchange(Call call, String accept, Duration timeout,
            Function<HttpClientResponse, Future<T>> read) {
        String target = call.base().toString().replaceAll("/+$", "") + call.pathAndQuery();
        RequestOptions options = new RequestOptions().setMethod(call.method()).setAbsoluteURI(target)
                .setIdleTimeout(timeout.toMillis()).putHeader("Accept", accept);
        call.headers().forEach(options::putHeader);
        Future<T> answer = client.request(options)
                .compose(request -> call.body() == null ? request.send() : request.send(call.body()))
                .compose(read);
        return Uni.createFrom().completionStage(answer.toCompletionStage()).ifNoItem().after(timeout).fail();
    }

    /** Reads a page for a part of an answer that may be left out: anything but 200 JSON in time is empty. */
    public Uni<Optional<JsonNode>> get(URI base, String pathAndQuery, String authorization, String requestId,
            Duration timeout) {
        return fetch(base, pathAndQuery, authorization, requestId, timeout)
                .map(answer -> {
                    if (answer.status() != 200) {
                        LOG.infof("Dashboard part %s answered %d", pathAndQuery, answer.status());
                        return Optional.<JsonNode>empty();
                    }
                    return Optional.ofNullable(answer.body());
                })
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Dashboard part %s%s not available: %s", base, pathAndQuery, failure.toString());
                    return Optional.empty();
                });
    }

    private JsonNode parse(byte[] body) {
        if (body.length == 0) {
            return null;
        }
        try {
            return json.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON", e);
        }
    }
}

package onestop.gateway.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
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

    /** What a service answered: its status and its JSON body ({@code null} when it sent none). */
    public record Answer(int status, JsonNode body) {
    }

    /**
     * Reads a page and returns whatever the service answered; fails if it cannot be reached in time or
     * does not answer JSON.
     */
    public Uni<Answer> fetch(URI base, String pathAndQuery, String authorization, String requestId,
            Duration timeout) {
        String target = base.toString().replaceAll("/+$", "") + pathAndQuery;
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(target)
                .setIdleTimeout(timeout.toMillis()).putHeader("Accept", "application/json");
        if (authorization != null) {
            options.putHeader("Authorization", authorization);
        }
        if (requestId != null) {
            options.putHeader("X-Request-Id", requestId);
        }
        Future<Answer> answer = client.request(options)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> new Answer(response.statusCode(), parse(body.getBytes()))));
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

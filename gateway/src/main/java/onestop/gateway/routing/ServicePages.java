package onestop.gateway.routing;

import java.io.IOException;
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

    public Uni<Optional<JsonNode>> get(URI base, String pathAndQuery, String authorization, String requestId,
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
        Future<Optional<JsonNode>> page = client.request(options)
                .compose(request -> request.send())
                .compose(response -> read(target, response));
        return Uni.createFrom().completionStage(page.toCompletionStage())
                .ifNoItem().after(timeout).fail()
                .onFailure().recoverWithItem(failure -> {
                    LOG.warnf("Dashboard part %s not available: %s", target, failure.toString());
                    return Optional.empty();
                });
    }

    private Future<Optional<JsonNode>> read(String target, HttpClientResponse response) {
        return response.body().map(body -> {
            if (response.statusCode() != 200) {
                LOG.infof("Dashboard part %s answered %d", target, response.statusCode());
                return Optional.empty();
            }
            try {
                return Optional.of(json.readTree(body.getBytes()));
            } catch (IOException e) {
                LOG.warnf("Dashboard part %s is not JSON", target);
                return Optional.empty();
            }
        });
    }
}

package onestop.gateway.openapi;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import onestop.gateway.GatewayConfig;
import onestop.gateway.routing.ServicePages;

/**
 * {@code GET /api/openapi}: the gateway's own document (served by Quarkus at {@code /api/openapi/gateway})
 * merged with each service's ({@code /api/licensing/openapi}, {@code /api/opportunities/openapi}), fetched in
 * parallel at request time with a timeout.
 * JSON, or YAML with {@code ?format=yaml}.
 */
@ApplicationScoped
class AggregatedOpenApi {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final ServicePages pages;
    private final GatewayConfig config;
    private final ObjectMapper json;
    private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
    private final String ownPath;

    AggregatedOpenApi(ServicePages pages, GatewayConfig config, ObjectMapper json,
            @ConfigProperty(name = "quarkus.smallrye-openapi.path") String ownPath) {
        this.pages = pages;
        this.config = config;
        this.json = json;
        this.ownPath = ownPath;
    }

    void register(@Observes Router router) {
        router.get("/api/openapi").handler(this::answer);
    }

    private void answer(RoutingContext context) {
        // The gateway's own document, asked of itself on the port this request came in on.
        URI self = URI.create("http://127.0.0.1:" + context.request().localAddress().port());
        String format = "?format=json";
        Uni.combine().all()
                .unis(pages.get(self, ownPath + format, null, null, TIMEOUT),
                        pages.get(config.licensingUrl(), "/api/licensing/openapi" + format, null, null, TIMEOUT),
                        pages.get(config.opportunitiesUrl(), "/api/opportunities/openapi" + format, null, null, TIMEOUT))
                .with((own, licensing, opportunities) -> {
                    Map<String, Optional<JsonNode>> services = new LinkedHashMap<>();
                    services.put("licensing", licensing);
                    services.put("opportunities", opportunities);
                    ObjectNode base = own.filter(JsonNode::isObject).map(node -> (ObjectNode) node)
                            .orElseGet(json::createObjectNode);
                    return OpenApiMerge.merge(base, services);
                })
                .subscribe().with(document -> write(context, document), context::fail);
    }

    private void write(RoutingContext context, ObjectNode document) {
        boolean asYaml = "yaml".equalsIgnoreCase(context.request().getParam("format"));
        try {
            context.response()
                    .putHeader("Content-Type", asYaml ? "application/yaml;charset=UTF-8" : "application/json")
                    .end(asYaml ? yaml.writeValueAsString(document) : json.writeValueAsString(document));
        } catch (JsonProcessingException e) {
            context.fail(e);
        }
    }
}

package onestop.platform.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Serves a service's OpenAPI document from the file committed with its code, {@value #DOCUMENT}, which the
 * service's {@code OpenApiDocumentTest} keeps equal to the document Quarkus builds from the code (with
 * onestop-platform-openapi, a test dependency): the packaged service needs neither the OpenAPI extension nor its
 * start-up step (ADR 15). Answers at {@code onestop.openapi.path} as Quarkus' own handler does: JSON for
 * {@code ?format=json}, an {@code Accept} of {@code application/json} or a path ending {@code .json}, YAML
 * otherwise; the public address ({@code onestop.openapi.server}) is its server. Only where that path is set: the
 * gateway and the portal build their documents at start with the extension.
 */
@ApplicationScoped
public class PublishedOpenApi {

    public static final String DOCUMENT = "openapi/document.json";

    private final Optional<String> path;
    private final String server;
    private volatile Documents documents;

    public PublishedOpenApi(@ConfigProperty(name = "onestop.openapi.path") Optional<String> path,
            @ConfigProperty(name = "onestop.openapi.server") String server) {
        this.path = path;
        this.server = server;
    }

    void routes(@Observes Router router) {
        path.ifPresent(documentPath -> {
            for (String suffix : List.of("", ".json", ".yaml", ".yml")) {
                router.route(documentPath + suffix).method(HttpMethod.GET).method(HttpMethod.HEAD)
                        .blockingHandler(this::answer, false);
            }
        });
    }

    private void answer(RoutingContext context) {
        String requested = context.normalizedPath();
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        boolean json = requested.endsWith(".json") || !requested.endsWith(".yaml") && !requested.endsWith(".yml")
                && ("json".equalsIgnoreCase(context.request().getParam("format"))
                        || accept != null && accept.contains("application/json"));
        Documents loaded = documents();
        context.response()
                .putHeader(HttpHeaders.CONTENT_TYPE, (json ? "application/json" : "application/yaml") + ";charset=UTF-8")
                .end(json ? loaded.json : loaded.yaml());
    }

    private Documents documents() {
        Documents loaded = documents;
        if (loaded == null) {
            synchronized (this) {
                if (documents == null) {
                    documents = load();
                }
                loaded = documents;
            }
        }
        return loaded;
    }

    private Documents load() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(DOCUMENT + " is not in the application: its OpenApiDocumentTest writes it");
            }
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode document = (ObjectNode) mapper.readTree(in);
            // in place: the server keeps its place in the document
            document.putArray("servers").addObject().put("url", server);
            return new Documents(mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(document));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The document as JSON, and as YAML once someone asks for it (read again from the JSON: rarely asked for). */
    private static final class Documents {
        private final Buffer json;
        private volatile Buffer yaml;

        Documents(byte[] json) {
            this.json = Buffer.buffer(json);
        }

        Buffer yaml() {
            Buffer written = yaml;
            if (written == null) {
                try {
                    written = Buffer.buffer(new YAMLMapper().writeValueAsBytes(new ObjectMapper().readTree(json.getBytes())));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                yaml = written;
            }
            return written;
        }
    }
}

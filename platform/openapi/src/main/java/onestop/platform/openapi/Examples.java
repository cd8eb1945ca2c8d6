package onestop.platform.openapi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Examples of the main request and response bodies, from a service's {@code META-INF/openapi-examples.json}: by
 * operationId, a {@code request} and a {@code response} (its first 2xx), each a JSON body as the service's tests
 * send and read it. Kept beside the code, not in annotations, so that one file shows a service's examples; an
 * operationId the document does not have fails at start-up, so an example never outlives its operation.
 */
final class Examples {

    static final String RESOURCE = "META-INF/openapi-examples.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private Examples() {
    }

    static void apply(OpenAPI document, Map<String, Operation> byId) {
        JsonNode examples = read();
        examples.fields().forEachRemaining(entry -> {
            Operation operation = byId.get(entry.getKey());
            if (operation == null) {
                throw new IllegalStateException(RESOURCE + " has an example of " + entry.getKey()
                        + ", which is no operation of this service");
            }
            JsonNode request = entry.getValue().get("request");
            if (request != null && operation.getRequestBody() != null) {
                example(operation.getRequestBody().getContent(), request);
            }
            JsonNode response = entry.getValue().get("response");
            if (response != null && operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                operation.getResponses().getAPIResponses().entrySet().stream()
                        .filter(answer -> answer.getKey().startsWith("2") && answer.getValue().getRef() == null)
                        .findFirst().ifPresent(answer -> example(answer.getValue().getContent(), response));
            }
        });
    }

    private static void example(Content content, JsonNode body) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        content.getMediaTypes().forEach((type, media) -> {
            if (type.contains("json")) {
                media.setExample(JSON.convertValue(body, Object.class));
            }
        });
    }

    private static JsonNode read() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = loader == null ? null : loader.getResourceAsStream(RESOURCE)) {
            return in == null ? JSON.createObjectNode() : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(RESOURCE + " is not JSON", e);
        }
    }
}

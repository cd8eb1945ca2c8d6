package onestop.platform.openapi;

import static org.eclipse.microprofile.openapi.OASFactory.createHeader;
import static org.eclipse.microprofile.openapi.OASFactory.createSchema;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

import onestop.platform.web.Cursor;
import onestop.platform.web.PageRequest;

/**
 * What a client generated from the document (api-client, openapi-generator) would otherwise get wrong:
 * <ul>
 * <li>Jackson's {@code JsonNode} and {@code ObjectNode} (free-form details, a merge patch) are scanned as beans, so
 * a client got a class {@code JsonNode} with {@code isArray}, {@code isPojo}... and no way to send a value: they
 * become any JSON value and any JSON object.</li>
 * <li>The ETag a conditional change needs: every 2xx of an operation that takes {@code If-Match}, and the GET of
 * the object it changes, declares the {@code ETag} header it answers with, so a client reads it by name.</li>
 * <li>{@code page} and {@code size}: read as text so that a bad one is a 400 naming it ({@code QueryParams.page}),
 * but whole numbers to a client, with the bounds {@code PageRequest} checks; and what a {@code cursor} is.</li>
 * </ul>
 */
final class ClientShapes {

    static final String ETAG = "ETag";
    private static final String IF_MATCH = "If-Match";

    private ClientShapes() {
    }

    static void apply(OpenAPI document) {
        freeFormJson(document.getComponents());
        if (document.getPaths() != null && document.getPaths().getPathItems() != null) {
            declareEtags(document.getPaths().getPathItems());
            document.getPaths().getPathItems().values().forEach(item -> operations(item).values()
                    .forEach(ClientShapes::typePaging));
        }
    }

    private static void typePaging(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            boolean text = parameter.getSchema() != null && parameter.getSchema().getType() != null
                    && parameter.getSchema().getType().equals(List.of(SchemaType.STRING));
            if (parameter.getIn() == Parameter.In.QUERY && Cursor.PARAMETER.equals(parameter.getName())
                    && parameter.getDescription() == null) {
                parameter.setDescription("Where to go on from: the cursor in the previous page's Link rel=\"next\", "
                        + "passed back unchanged.");
            }
            if (parameter.getIn() != Parameter.In.QUERY || !text) {
                continue;
            }
            if ("page".equals(parameter.getName())) {
                parameter.setSchema(createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ZERO).defaultValue(0));
                parameter.setDescription("The page, from 0.");
            } else if ("size".equals(parameter.getName())) {
                parameter.setSchema(createSchema().addType(SchemaType.INTEGER).format("int32")
                        .minimum(BigDecimal.ONE).maximum(BigDecimal.valueOf(PageRequest.MAX_SIZE))
                        .defaultValue(PageRequest.DEFAULT_SIZE));
                parameter.setDescription("Items per page.");
            }
        }
    }

    private static void freeFormJson(Components components) {
        if (components == null || components.getSchemas() == null) {
            return;
        }
        Map<String, Schema> schemas = components.getSchemas();
        if (schemas.containsKey("JsonNode")) {
            components.addSchema("JsonNode", createSchema().description("Any JSON value."));
        }
        if (schemas.containsKey("ObjectNode")) {
            components.addSchema("ObjectNode", createSchema().addType(SchemaType.OBJECT)
                    .additionalPropertiesBoolean(Boolean.TRUE).description("A JSON object."));
        }
        // only JsonNode's bean properties used it
        components.removeSchema("JsonNodeType");
    }

    private static void declareEtags(Map<String, PathItem> paths) {
        Set<String> versioned = new HashSet<>();
        paths.forEach((path, item) -> operations(item).forEach((method, operation) -> {
            if (takesIfMatch(operation)) {
                versioned.add(path);
                // the object an action (POST .../{id}/validate) changes is the path above it
                versioned.add(path.substring(0, Math.max(path.lastIndexOf('/'), 0)));
                describeIfMatch(operation);
                answersWithEtag(operation);
            }
        }));
        versioned.stream().map(paths::get).filter(item -> item != null && item.getGET() != null)
                .forEach(item -> answersWithEtag(item.getGET()));
    }

    private static Map<PathItem.HttpMethod, Operation> operations(PathItem item) {
        return item.getOperations() == null ? Map.of() : item.getOperations();
    }

    private static boolean takesIfMatch(Operation operation) {
        return operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(parameter -> IF_MATCH.equalsIgnoreCase(parameter.getName()));
    }

    private static void describeIfMatch(Operation operation) {
        for (Parameter parameter : operation.getParameters()) {
            if (IF_MATCH.equalsIgnoreCase(parameter.getName()) && parameter.getDescription() == null) {
                parameter.setDescription("The ETag of the object as last read: a stale one is 412, so no one "
                        + "else's change is lost (where the change needs it, none is 428).");
            }
        }
    }

    private static void answersWithEtag(Operation operation) {
        if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if (status.startsWith("2") && response.getRef() == null && !hasEtag(response)) {
                response.addHeader(ETAG, createHeader().description("The object's version, for If-Match.")
                        .schema(createSchema().addType(SchemaType.STRING)));
            }
        });
    }

    private static boolean hasEtag(APIResponse response) {
        return response.getHeaders() != null && response.getHeaders().keySet().stream().anyMatch(ETAG::equalsIgnoreCase);
    }
}

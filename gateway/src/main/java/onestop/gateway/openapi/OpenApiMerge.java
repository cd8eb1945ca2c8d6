package onestop.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * One OpenAPI document for the whole API: the gateway's own, plus every service's paths, tags and
 * components. A component whose name another document already uses for something else is renamed with
 * the service's name ({@code LicensingProblem}) and that service's references follow it. A service that
 * did not answer is listed in {@code info.x-missing} and the document marked {@code info.x-partial}.
 */
public final class OpenApiMerge {

    private OpenApiMerge() {
    }

    /**
     * @param own      the gateway's own document
     * @param services each service's document by service name, in order; empty when it did not answer
     */
    public static ObjectNode merge(ObjectNode own, Map<String, Optional<JsonNode>> services) {
        ObjectNode merged = own.deepCopy();
        ObjectNode info = merged.with("info");
        info.put("title", "OneStop API");
        info.put("description", "Every OneStop route, reached through the gateway: its own (accounts, tokens, me), "
                + "/api/licensing/** and /api/opportunities/**.");
        List<String> missing = new ArrayList<>();
        for (Map.Entry<String, Optional<JsonNode>> service : services.entrySet()) {
            if (service.getValue().isEmpty() || !service.getValue().get().isObject()) {
                missing.add(service.getKey());
                continue;
            }
            add(merged, service.getKey(), (ObjectNode) service.getValue().get().deepCopy());
        }
        info.put("x-partial", !missing.isEmpty());
        ArrayNode missingNode = info.putArray("x-missing");
        missing.forEach(missingNode::add);
        return merged;
    }

    private static void add(ObjectNode merged, String service, ObjectNode document) {
        Map<String, String> renamed = new HashMap<>();
        ObjectNode components = merged.with("components");
        JsonNode theirs = document.path("components");
        for (Iterator<Map.Entry<String, JsonNode>> kinds = theirs.fields(); kinds.hasNext();) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            ObjectNode ours = components.with(kind.getKey());
            for (Iterator<Map.Entry<String, JsonNode>> named = kind.getValue().fields(); named.hasNext();) {
                Map.Entry<String, JsonNode> component = named.next();
                JsonNode existing = ours.get(component.getKey());
                if (existing != null && !existing.equals(component.getValue())) {
                    renamed.put("#/components/" + kind.getKey() + "/" + component.getKey(),
                            "#/components/" + kind.getKey() + "/" + prefix(service) + component.getKey());
                }
            }
        }
        rewriteRefs(document, renamed);
        for (Iterator<Map.Entry<String, JsonNode>> kinds = document.path("components").fields(); kinds.hasNext();) {
            Map.Entry<String, JsonNode> kind = kinds.next();
            ObjectNode ours = components.with(kind.getKey());
            kind.getValue().fields().forEachRemaining(component -> {
                String ref = "#/components/" + kind.getKey() + "/" + component.getKey();
                String name = renamed.containsKey(ref) ? prefix(service) + component.getKey() : component.getKey();
                ours.set(name, component.getValue());
            });
        }
        ObjectNode paths = merged.with("paths");
        Set<String> ids = new HashSet<>();
        paths.findValuesAsText("operationId").forEach(ids::add);
        document.path("paths").fields().forEachRemaining(path -> {
            if (!paths.has(path.getKey())) {
                uniqueOperationIds(path.getValue(), service, ids);
                paths.set(path.getKey(), path.getValue());
            }
        });
        ArrayNode tags = merged.withArray("tags");
        Set<String> known = new HashSet<>();
        tags.forEach(tag -> known.add(tag.path("name").asText()));
        document.path("tags").forEach(tag -> {
            if (known.add(tag.path("name").asText())) {
                tags.add(tag);
            }
        });
        if (tags.isEmpty()) {
            merged.remove("tags");
        }
    }

    // an id another document already uses gets the service's name in front (licensingListDocuments)
    private static void uniqueOperationIds(JsonNode pathItem, String service, Set<String> ids) {
        pathItem.fields().forEachRemaining(operation -> {
            if (operation.getValue() instanceof ObjectNode op && op.path("operationId").isTextual()) {
                String id = op.path("operationId").asText();
                if (!ids.add(id)) {
                    String renamed = service + id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
                    op.put("operationId", renamed);
                    ids.add(renamed);
                }
            }
        });
    }

    private static void rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (renamed.isEmpty()) {
            return;
        }
        if (node instanceof ObjectNode object) {
            Map<String, JsonNode> replaced = new LinkedHashMap<>();
            object.fields().forEachRemaining(field -> {
                if ("$ref".equals(field.getKey()) && field.getValue().isTextual()
                        && renamed.containsKey(field.getValue().asText())) {
                    replaced.put(field.getKey(), TextNode.valueOf(renamed.get(field.getValue().asText())));
                } else {
                    rewriteRefs(field.getValue(), renamed);
                }
            });
            replaced.forEach(object::set);
        } else if (node instanceof ArrayNode array) {
            array.forEach(element -> rewriteRefs(element, renamed));
        }
    }

    private static String prefix(String service) {
        return service.substring(0, 1).toUpperCase(Locale.ROOT) + service.substring(1);
    }
}

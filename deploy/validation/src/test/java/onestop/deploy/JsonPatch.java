package onestop.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The three operations of a JSON patch (RFC 6902) the overlays use: add, replace and remove. A path that does
 * not exist is an error, as it is for kustomize, so an overlay cannot silently patch nothing.
 */
final class JsonPatch {

    private JsonPatch() {
    }

    static void apply(ObjectNode target, JsonNode operations) {
        for (JsonNode operation : operations) {
            String op = operation.path("op").asText();
            String path = operation.path("path").asText();
            String[] tokens = path.substring(1).split("/", -1);
            JsonNode parent = target;
            for (int i = 0; i < tokens.length - 1; i++) {
                parent = child(parent, unescape(tokens[i]), path);
            }
            String last = unescape(tokens[tokens.length - 1]);
            switch (op) {
                case "add" -> add(parent, last, operation.get("value"), path);
                case "replace" -> {
                    child(parent, last, path);
                    set(parent, last, operation.get("value"));
                }
                case "remove" -> {
                    child(parent, last, path);
                    if (parent instanceof ArrayNode array) {
                        array.remove(Integer.parseInt(last));
                    } else {
                        ((ObjectNode) parent).remove(last);
                    }
                }
                default -> throw new IllegalArgumentException("unsupported patch operation " + op + " at " + path);
            }
        }
    }

    private static void add(JsonNode parent, String last, JsonNode value, String path) {
        if (parent instanceof ArrayNode array) {
            if ("-".equals(last)) {
                array.add(value.deepCopy());
            } else {
                array.insert(Integer.parseInt(last), value.deepCopy());
            }
        } else if (parent instanceof ObjectNode object) {
            object.set(last, value.deepCopy());
        } else {
            throw new IllegalArgumentException("no object or array at " + path);
        }
    }

    private static void set(JsonNode parent, String last, JsonNode value) {
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value.deepCopy());
        } else {
            ((ObjectNode) parent).set(last, value.deepCopy());
        }
    }

    private static JsonNode child(JsonNode parent, String token, String path) {
        JsonNode child = parent.isArray() ? parent.get(Integer.parseInt(token)) : parent.get(token);
        if (child == null) {
            throw new IllegalArgumentException("the patched object has nothing at " + path);
        }
        return child;
    }

    private static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}

package onestop.opportunities.opendata;

import java.util.Iterator;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A procurement's OCDS record from its release package: links to its releases and the compiled release, merged
 * oldest first by the OCDS merge rules (objects field by field, arrays of objects with an {@code id} item by
 * item, anything else replaced by the newer value; a newer {@code null} removes the field).
 */
@ApplicationScoped
public class OcdsRecords {

    @Inject
    ObjectMapper json;

    public ObjectNode of(ObjectNode releasePackage) {
        ObjectNode pkg = json.createObjectNode();
        pkg.put("uri", releasePackage.path("uri").asText().replace("/ocds/releases/", "/ocds/records/"));
        pkg.put("version", "1.1");
        pkg.set("extensions", releasePackage.path("extensions").deepCopy());
        pkg.put("publishedDate", releasePackage.path("publishedDate").asText());
        pkg.set("publisher", releasePackage.path("publisher").deepCopy());
        pkg.put("license", releasePackage.path("license").asText());
        ObjectNode record = pkg.putArray("records").addObject();
        ObjectNode compiled = json.createObjectNode();
        ArrayNode links = record.putArray("releases");
        for (JsonNode release : releasePackage.path("releases")) {
            record.put("ocid", release.path("ocid").asText());
            links.addObject().put("url", releasePackage.path("uri").asText() + "#" + release.path("id").asText())
                    .put("date", release.path("date").asText()).set("tag", release.path("tag").deepCopy());
            merge(compiled, (ObjectNode) release);
        }
        compiled.put("id", record.path("ocid").asText() + "-compiled");
        compiled.putArray("tag").add("compiled");
        record.set("compiledRelease", compiled);
        return pkg;
    }

    static void merge(ObjectNode into, ObjectNode newer) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = newer.fields(); fields.hasNext();) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            JsonNode old = into.get(field.getKey());
            if (value.isNull()) {
                into.remove(field.getKey());
            } else if (value.isObject() && old != null && old.isObject()) {
                merge((ObjectNode) old, (ObjectNode) value);
            } else if (value.isArray() && old != null && old.isArray() && identified((ArrayNode) value)
                    && identified((ArrayNode) old)) {
                mergeById((ArrayNode) old, (ArrayNode) value);
            } else {
                into.set(field.getKey(), value.deepCopy());
            }
        }
    }

    private static void mergeById(ArrayNode into, ArrayNode newer) {
        for (JsonNode item : newer) {
            ObjectNode same = null;
            for (JsonNode existing : into) {
                if (existing.path("id").asText().equals(item.path("id").asText())) {
                    same = (ObjectNode) existing;
                }
            }
            if (same == null) {
                into.add(item.deepCopy());
            } else {
                merge(same, (ObjectNode) item);
            }
        }
    }

    private static boolean identified(ArrayNode array) {
        for (JsonNode item : array) {
            if (!item.isObject() || !item.has("id")) {
                return false;
            }
        }
        return true;
    }
}

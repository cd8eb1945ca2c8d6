package onestop.platform.testing;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;

/**
 * Checks a service's AsyncAPI file against the records its events are written from: the record is the truth.
 * For every event type the service publishes on its topic, the message of that name must exist, and its
 * payload schema must have the record's property names with the same types (string formats uuid, date and
 * date-time, arrays and their items, the values of an enum), and require every primitive component (always
 * sent) and nothing the record lacks. The file may document no event the service does not publish.
 */
public final class AsyncApiContract {

    private static final Set<String> FORMATS = Set.of("uuid", "date", "date-time");
    private static final SchemaGenerator GENERATOR = new SchemaGenerator(
            new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                    .with(Option.EXTRA_OPEN_API_FORMAT_VALUES, Option.INLINE_ALL_SCHEMAS)
                    .build());

    private final JsonNode document;

    private AsyncApiContract(JsonNode document) {
        this.document = document;
    }

    public static AsyncApiContract of(Path asyncApiFile) throws IOException {
        return new AsyncApiContract(new ObjectMapper(new YAMLFactory()).readTree(asyncApiFile.toFile()));
    }

    /** The JSON Schema of a record's JSON, as Jackson writes it. */
    public static JsonNode schemaOf(Class<?> record) {
        return GENERATOR.generateSchema(record);
    }

    /**
     * Where the file disagrees with the records; empty when it agrees.
     *
     * @param topic the channel the service publishes on
     * @param dataRecords each event type name with the record of its data
     */
    public List<String> disagreements(String topic, Map<String, Class<?>> dataRecords) {
        List<String> found = new ArrayList<>();
        Map<String, JsonNode> messages = new LinkedHashMap<>();
        for (JsonNode ref : document.path("channels").path(topic).path("subscribe").path("message").path("oneOf")) {
            JsonNode message = resolve(ref);
            messages.put(message.path("name").asText(), message);
        }
        for (String documented : messages.keySet()) {
            if (!dataRecords.containsKey(documented)) {
                found.add(documented + ": documented on " + topic + " but never published");
            }
        }
        dataRecords.forEach((type, record) -> {
            JsonNode message = messages.get(type);
            if (message == null) {
                found.add(type + ": published but not documented on " + topic);
                return;
            }
            compare(type + " (" + record.getSimpleName() + ")", schemaOf(record), resolve(message.path("payload")),
                    record, found);
        });
        return found;
    }

    private void compare(String where, JsonNode derived, JsonNode documented, Class<?> record, List<String> found) {
        Set<String> properties = names(derived.path("properties"));
        Set<String> documentedProperties = names(documented.path("properties"));
        if (!properties.equals(documentedProperties)) {
            Set<String> missing = new TreeSet<>(properties);
            missing.removeAll(documentedProperties);
            Set<String> extra = new TreeSet<>(documentedProperties);
            extra.removeAll(properties);
            found.add(where + ": properties sent but not documented " + missing + ", documented but not sent "
                    + extra);
        }
        for (String property : properties) {
            if (documentedProperties.contains(property)) {
                String derivedShape = shape(derived.path("properties").path(property));
                String documentedShape = shape(resolve(documented.path("properties").path(property)));
                if (!derivedShape.equals(documentedShape)) {
                    found.add(where + "." + property + ": sent as " + derivedShape + ", documented as "
                            + documentedShape);
                }
            }
        }
        Set<String> required = new TreeSet<>();
        documented.path("required").forEach(name -> required.add(name.asText()));
        for (String name : required) {
            if (!properties.contains(name)) {
                found.add(where + ": requires " + name + ", which is never sent");
            }
        }
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getType().isPrimitive() && !required.contains(component.getName())) {
                found.add(where + ": " + component.getName() + " is always sent but not required");
            }
        }
    }

    /** What a property is, in the terms both sides can state: type, format, items, enum values. */
    private String shape(JsonNode schema) {
        StringBuilder shape = new StringBuilder(type(schema));
        String format = schema.path("format").asText("");
        if (FORMATS.contains(format)) {
            shape.append(" (").append(format).append(')');
        }
        if (schema.has("items")) {
            shape.append(" of ").append(shape(resolve(schema.path("items"))));
        }
        return shape.toString();
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        String name = type.asText("");
        if (type.isArray()) {
            // ["integer", "null"]: null is how a field the record may leave empty is written
            for (JsonNode each : type) {
                if (!"null".equals(each.asText())) {
                    name = each.asText();
                }
            }
        }
        if (schema.has("enum") && "string".equals(name)) {
            Set<String> values = new TreeSet<>();
            schema.path("enum").forEach(value -> values.add(value.asText()));
            return "string " + values;
        }
        return name.isEmpty() ? "any" : name;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        while (current.has("$ref")) {
            String ref = current.path("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are followed: " + ref);
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static Set<String> names(JsonNode object) {
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = object.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}

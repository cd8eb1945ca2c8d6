package onestop.licensing.application;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.Problem;

/** Checks an application's type-specific details against its licence type's JSON Schema. */
public final class DetailsValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true).locale(Locale.UK).build();

    private static final Set<String> DATE_FORMATS = Set.of("date", "date-time", "time");
    private static final Set<String> NUMBER_TYPES = Set.of("integer", "number");

    // Schemas are seed data that change only with a migration: compile each once.
    private final Map<JsonNode, JsonSchema> compiled = new ConcurrentHashMap<>();

    /** Every way {@code details} fails {@code schema}, as fields {@code details.<path>}, sorted by field. */
    public List<Problem.FieldError> validate(JsonNode schema, JsonNode details) {
        JsonSchema compiledSchema = compiled.computeIfAbsent(schema, s -> FACTORY.getSchema(s, CONFIG));
        JsonNode instance = details == null || details.isNull() ? JsonNodeFactory.instance.objectNode() : details;
        return compiledSchema.validate(instance).stream()
                .map(DetailsValidator::toFieldError)
                .distinct()
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
    }

    private static Problem.FieldError toFieldError(ValidationMessage message) {
        String field = fieldOf(message.getInstanceLocation());
        if ("required".equals(message.getType()) && message.getProperty() != null) {
            return new Problem.FieldError(field + "." + message.getProperty(), FieldCodes.REQUIRED, "is required");
        }
        if ("additionalProperties".equals(message.getType()) && message.getProperty() != null) {
            return new Problem.FieldError(field + "." + message.getProperty(), FieldCodes.NOT_A_FIELD,
                    "is not a field of this licence type");
        }
        // the reason alone: the field is named by the error's field, never by a JSON path in its message
        String error = message.getError() != null ? message.getError()
                : message.getMessage().replaceFirst("^[$/][^:]*:\\s*", "");
        return new Problem.FieldError(field, codeOf(message), error);
    }

    /** The field code of the schema keyword that failed: {@code maxLength} is {@code too-long}, and so on. */
    private static String codeOf(ValidationMessage message) {
        String keywordValue = message.getSchemaNode() == null ? "" : message.getSchemaNode().asText();
        return switch (message.getType()) {
            case "required" -> FieldCodes.REQUIRED;
            case "maxLength", "maxItems" -> FieldCodes.TOO_LONG;
            case "minLength", "minItems" -> FieldCodes.TOO_SHORT;
            case "pattern" -> FieldCodes.PATTERN;
            case "format" -> DATE_FORMATS.contains(keywordValue) ? FieldCodes.NOT_A_DATE : FieldCodes.PATTERN;
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" -> FieldCodes.OUT_OF_RANGE;
            case "enum", "const" -> FieldCodes.NOT_ALLOWED;
            case "type" -> NUMBER_TYPES.contains(keywordValue) ? FieldCodes.NOT_A_NUMBER : FieldCodes.INVALID;
            default -> FieldCodes.INVALID;
        };
    }

    /** {@code details.openingHours[0].opens}, the way the problem mapper names fields. */
    private static String fieldOf(JsonNodePath location) {
        StringBuilder field = new StringBuilder("details");
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer index) {
                field.append('[').append(index).append(']');
            } else {
                field.append('.').append(element);
            }
        }
        return field.toString();
    }
}

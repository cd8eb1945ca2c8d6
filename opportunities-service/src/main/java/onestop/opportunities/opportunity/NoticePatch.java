package onestop.opportunities.opportunity;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import onestop.opportunities.api.NoticeFields;

/**
 * A PATCH of a draft as sent: the fields given replace the notice's, a field left out stays, and a field
 * sent as an explicit JSON {@code null} is {@code cleared} (which only optional fields may be).
 */
public record NoticePatch(NoticeFields fields, Set<String> cleared) {

    private static final Set<String> FIELDS = Arrays.stream(NoticeFields.class.getRecordComponents())
            .map(RecordComponent::getName).collect(Collectors.toUnmodifiableSet());

    /** A patch that clears nothing. */
    public static NoticePatch of(NoticeFields fields) {
        return new NoticePatch(fields, Set.of());
    }

    /** Reads and validates a PATCH body; a malformed or invalid one is a 400 naming the fields at fault. */
    public static NoticePatch read(ObjectNode body, ObjectMapper json, Validator validator)
            throws JsonProcessingException {
        NoticeFields fields = json.treeToValue(body, NoticeFields.class);
        Set<ConstraintViolation<NoticeFields>> violations = validator.validate(fields);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        Set<String> cleared = new TreeSet<>();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            if (field.getValue().isNull() && FIELDS.contains(field.getKey())) {
                cleared.add(field.getKey());
            }
        }
        return new NoticePatch(fields, cleared);
    }
}

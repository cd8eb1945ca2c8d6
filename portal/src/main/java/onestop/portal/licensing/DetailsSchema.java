package onestop.portal.licensing;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The part of a licence type's details schema (JSON Schema) that {@link DetailsForm} asks its questions from: a
 * property's type, words and choices, and an object's or a list's parts. What else it says is the service's to check.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record DetailsSchema(String type, String title, String description, String format,
        @JsonProperty("enum") List<Object> choices, Integer maxLength, Integer maxItems, DetailsSchema items,
        Map<String, DetailsSchema> properties, List<String> required) {

    static final DetailsSchema NONE = new DetailsSchema(null, null, null, null, null, null, null, null, null, null);

    Map<String, DetailsSchema> propertiesOrNone() {
        return properties == null ? Map.of() : properties;
    }

    List<String> requiredOrNone() {
        return required == null ? List.of() : required;
    }

    DetailsSchema itemsOrNone() {
        return items == null ? NONE : items;
    }
}

package onestop.licensing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * An edit of a draft or of an application awaiting information. Fields left out (also inside {@code premises})
 * stay as they are; {@code details}, when given, replaces the whole details object.
 * Null fields are left out of the JSON: {@code "details": null} would be read as a JSON null, not as none given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationChanges(@Valid Premises premises, JsonNode details, @Size(max = 200) String holderName) {
}

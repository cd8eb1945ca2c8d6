package onestop.licensing.api;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A new draft. A renewal, variation or transfer names the existing licence and is pre-filled from it;
 * what it gives itself overrides the copy.
 * Null fields are left out of the JSON: {@code "details": null} would be read as a JSON null, not as none given.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record NewApplication(@NotBlank @Size(max = 50) String licenceTypeCode, @NotNull ApplicationKind kind,
        UUID licenceId, @Valid Premises premises, JsonNode details, @Size(max = 200) String holderName) {
}

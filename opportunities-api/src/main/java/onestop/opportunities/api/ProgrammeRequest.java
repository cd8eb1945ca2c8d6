package onestop.opportunities.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A buyer's new programme: a name and what it is for. */
public record ProgrammeRequest(@NotBlank @Size(max = 200) String name, @NotBlank @Size(max = 5000) String description) {
}

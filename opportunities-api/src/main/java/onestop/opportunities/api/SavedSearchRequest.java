package onestop.opportunities.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;


/** A search to keep: a name and the same parameters as GET /opportunities (arrays for cpv and type). */
public record SavedSearchRequest(@NotBlank @Size(max = 200) String name, @NotNull SearchParams search) {
}

package onestop.opportunities.api;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A tender's score against one award criterion (0 to 100) and the buyer's reason for it. */
public record Score(@NotBlank @Size(max = 200) String criterion, @NotNull @Min(0) @Max(100) Integer score,
        @NotBlank @Size(max = 4000) String reason) {
}

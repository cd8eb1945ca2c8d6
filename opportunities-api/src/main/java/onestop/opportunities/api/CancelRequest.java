package onestop.opportunities.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why a notice is cancelled; shown on the public notice. */
public record CancelRequest(@NotBlank @Size(max = 2000) String reason) {
}

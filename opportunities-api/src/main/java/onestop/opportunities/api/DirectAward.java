package onestop.opportunities.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A contract the buyer awards directly, without competition, on one of Schedule 5's grounds, justified in words:
 * the transparency notice (UK5) publishes it, and the standstill runs from it.
 */
public record DirectAward(@NotNull DirectAwardGround ground, @NotBlank @Size(max = 4000) String justification,
        @NotBlank @Size(max = 300) String supplierName, @NotNull @PositiveOrZero Long valuePence) {
}

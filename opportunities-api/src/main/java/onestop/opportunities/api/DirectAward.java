package onestop.opportunities.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A contract the buyer awards directly, without competition, on one of Schedule 5's grounds, justified in words:
 * the transparency notice (UK5) publishes it, and the standstill runs from it. {@code businessId} names the
 * supplier when it has a supplier profile here (optional), so the award event reaches it.
 */
public record DirectAward(@NotNull DirectAwardGround ground, @NotBlank @Size(max = 4000) String justification,
        @NotBlank @Size(max = 300) String supplierName, @NotNull @PositiveOrZero Long valuePence, UUID businessId) {

    public DirectAward(DirectAwardGround ground, String justification, String supplierName, Long valuePence) {
        this(ground, justification, supplierName, valuePence, null);
    }
}

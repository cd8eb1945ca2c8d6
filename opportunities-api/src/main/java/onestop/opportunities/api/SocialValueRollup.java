package onestop.opportunities.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The social value a prime contract delivered, rolled up from the contract itself and every subcontract under it:
 * per theme and measure, committed (targets) against delivered (reports), and how much of it came through
 * subcontracts.
 */
public record SocialValueRollup(UUID contractId, String reference, List<Line> lines) {

    @Schema(name = "SocialValueLine")
    public record Line(CharterTheme theme, String measure, BigDecimal committed, BigDecimal delivered,
            BigDecimal deliveredBySubcontracts) {
    }
}

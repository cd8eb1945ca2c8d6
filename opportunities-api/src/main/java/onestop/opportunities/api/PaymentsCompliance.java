package onestop.opportunities.api;

import java.math.BigDecimal;

/**
 * A buyer's payments compliance in a quarter, from its spend upload: of {@code invoices} paid, how many were paid
 * within 30 days of the invoice date, and that share as a percentage to one decimal place.
 */
public record PaymentsCompliance(String quarter, String buyer, long invoices, long paidWithin30Days,
        BigDecimal sharePercent) {
}

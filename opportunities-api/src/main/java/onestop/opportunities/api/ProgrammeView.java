package onestop.opportunities.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A programme's public landing page: its procurements and their subcontracts, and the share of what was awarded
 * that went to local (West Midlands postcode areas) and to SME suppliers, by value and by count.
 *
 * @param contracts every public procurement in the programme with its subcontracts listed after it
 * @param awards what was awarded across the programme (contracts and subcontracts)
 */
public record ProgrammeView(UUID id, String name, String description, String buyer, Instant createdAt,
        List<Entry> contracts, Shares awards) {

    /** A contract, or a subcontract ({@code parentId} names its contract). */
    public record Entry(UUID id, UUID parentId, String reference, String title, String buyer, OpportunityType type,
            OpportunityStatus status, String awardedSupplierName, Long awardedValuePence, Boolean local, Boolean sme) {
    }

    /**
     * Counts and values of the awards, and the local and SME shares as percentages (one decimal place; null when
     * nothing is awarded yet).
     */
    public record Shares(int count, long valuePence, int localCount, long localValuePence, int smeCount,
            long smeValuePence, BigDecimal localShareByCount, BigDecimal localShareByValue,
            BigDecimal smeShareByCount, BigDecimal smeShareByValue) {
    }

    /** A programme in a list. */
    public record Summary(UUID id, String name, String buyer, long procurements) {
    }
}

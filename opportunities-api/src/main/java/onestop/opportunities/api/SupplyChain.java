package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A notice's place in the supply-chain cascade: the contract it is part of (a subcontract's parent, awarded by the
 * buyer to the prime who posted it), the subcontracts its prime posted under it, and its programme.
 *
 * @param parent the contract this subcontract is part of; null for a notice that is not a subcontract
 * @param subcontracts the public subcontracts of this contract, oldest first
 * @param programme the programme the procurement is in, or null
 */
public record SupplyChain(UUID id, Link parent, List<Link> subcontracts, ProgrammeLink programme) {

    /** A contract or subcontract as a line: who bought it, and who won it once awarded. */
    public record Link(UUID id, String reference, String title, String buyer, OpportunityType type,
            OpportunityStatus status, String awardedSupplierName, Long awardedValuePence, Instant publishedAt) {
    }

    public record ProgrammeLink(UUID id, String name) {
    }
}

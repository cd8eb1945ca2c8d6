package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/** A contract the calling business won: the prime may post subcontracts of it. */
public record WonContract(UUID id, String reference, String title, String buyer, Long awardedValuePence,
        Instant awardedAt) {
}

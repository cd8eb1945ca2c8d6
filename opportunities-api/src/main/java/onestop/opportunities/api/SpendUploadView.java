package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

/** A buyer's spend upload for a quarter: how many payments, their total, when and by whom it was loaded. */
public record SpendUploadView(UUID id, String buyer, String quarter, int rows, long totalPence, Instant uploadedAt,
        String uploadedBy) {
}

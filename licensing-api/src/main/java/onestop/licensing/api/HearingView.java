package onestop.licensing.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The hearing on an application, as {@code GET /api/licensing/applications/{id}/hearing} answers it: when and
 * where (council time), the statutory window it had to fall in ({@code earliestDate}..{@code latestDate}), when
 * notice was given, how many times it was adjourned; or that it was dispensed with, when, by whom and why.
 */
public record HearingView(UUID applicationId, HearingStatus status, Instant startsAt, String place,
        LocalDate earliestDate, LocalDate latestDate, Instant noticeGivenAt, int adjournments, String scheduledBy,
        Instant dispensedAt, String dispensedBy, String dispensedReasons) {
}

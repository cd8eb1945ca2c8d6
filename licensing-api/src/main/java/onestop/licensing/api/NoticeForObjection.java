package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A temporary event notice as the police and environmental health see it while they may object
 * ({@code GET /api/licensing/temporary-event-notices}): where, when, what, and until when.
 */
public record NoticeForObjection(UUID applicationId, String reference, ApplicationView.Premises premises,
        Instant eventStart, Instant eventEnd, boolean late, Integer maximumPeople, List<String> licensableActivities,
        Instant objectionsUntil, boolean objectedByYou) {
}

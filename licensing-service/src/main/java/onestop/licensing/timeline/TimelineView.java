package onestop.licensing.timeline;

import java.time.Instant;

/** One timeline line as the applicant and officers see it. */
public record TimelineView(Instant at, String actorRole, String actorId, String from, String to, String message) {

    public static TimelineView of(TimelineEntry entry) {
        return new TimelineView(entry.at, entry.actorRole, entry.actorId, entry.fromStatus, entry.toStatus,
                entry.message);
    }
}

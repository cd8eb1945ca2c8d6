package onestop.gateway.api;

import java.time.Instant;
import java.util.UUID;

/**
 * A subject access export the signed-in person asked for ({@code POST /api/me/data-export}): its state, and once
 * {@code READY} when its ZIP can be downloaded until ({@code expiresAt}, 7 days after it was made) and its size.
 */
public record DataExportView(UUID id, State state, Instant requestedAt, Instant readyAt, Instant expiresAt,
        Long sizeBytes) {

    /** Where an export is. */
    public enum State {
        /** asked for; being put together from every service */
        REQUESTED,
        /** the ZIP can be downloaded until {@code expiresAt} */
        READY,
        /** a service could not give its part after several tries: ask again */
        FAILED,
        /** the ZIP was deleted 7 days after it was made: ask again */
        EXPIRED
    }
}

package onestop.opportunities.api;

import java.time.Instant;

/**
 * What the buyer may know of a notice's responses before it closes: how many have arrived, and until when they
 * are sealed ({@code sealed} false once the notice has closed and they can be read); {@code unconfirmed}: how many
 * were submitted before a change of the notice and have been neither confirmed nor amended since.
 */
public record ResponsesReceived(long count, boolean sealed, Instant sealedUntil, long unconfirmed) {

    public ResponsesReceived(long count, boolean sealed, Instant sealedUntil) {
        this(count, sealed, sealedUntil, 0);
    }
}

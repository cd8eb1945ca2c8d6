package onestop.licensing.licence;

import java.time.Instant;

/**
 * Fired (synchronously, in the surrender's transaction) when a holder surrenders a licence: an acknowledged
 * temporary event notice surrendered in time is withdrawn (Licensing Act 2003 s.103).
 */
public record LicenceSurrendered(Licence licence, Instant at) {
}

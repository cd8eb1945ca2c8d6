package onestop.licensing.licence;

import jakarta.validation.constraints.Size;

/** The body of suspend, reinstate, revoke and surrender: why (required of officers). */
public record LicenceRequests(@Size(max = 4000) String reason) {
}

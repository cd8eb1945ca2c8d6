package onestop.licensing.api;

import jakarta.validation.constraints.NotNull;

/** The current holder's answer to a transfer of its licence: {@code {"consent": "GIVEN"}} or {@code REFUSED}. */
public record ConsentAnswer(@NotNull HolderConsent consent) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A supplier's challenge of an award during the standstill, and what became of it. While it is open (no
 * {@code outcome}) the contract may not be entered into: the automatic suspension of s.102 of the Act.
 */
public record StandstillChallenge(UUID id, UUID opportunityId, UUID businessId, String grounds, Instant raisedAt,
        Outcome outcome, String outcomeNote, Instant resolvedAt) {

    @Schema(name = "ChallengeOutcome")
    public enum Outcome {
        UPHELD, DISMISSED, WITHDRAWN
    }

    /** What the supplier says is wrong with the award. */
    public record Raise(@NotBlank @Size(max = 8000) String grounds) {
    }

    /** How the challenge ended, and a note for the record. */
    public record Resolve(@NotNull Outcome outcome, @NotBlank @Size(max = 4000) String note) {
    }
}

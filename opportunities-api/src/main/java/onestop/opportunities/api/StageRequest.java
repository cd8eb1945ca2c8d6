package onestop.opportunities.api;

import jakarta.validation.constraints.NotNull;

/** The stage a CHALLENGE notice moves to: the one after its current stage. */
public record StageRequest(@NotNull ChallengeStage stage) {
}

package onestop.opportunities.api;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The buyer extended the standstill from one last day to a later one, for a reason that stays on the record. */
public record StandstillExtension(LocalDate previousLastDay, LocalDate lastDay, String reason, Instant extendedAt) {

    /** The buyer's request: the new last day of the standstill, and why. */
    public record Extend(@NotNull LocalDate lastDay, @NotBlank @Size(max = 4000) String reason) {
    }
}

package onestop.opportunities.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * How the buyer engages the market before its tender notice (a preliminary market engagement notice): what it asks
 * suppliers and how to take part, and until when (optional).
 */
public record MarketEngagement(@NotBlank @Size(max = 4000) String description, LocalDate endsOn) {
}

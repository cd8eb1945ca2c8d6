package onestop.licensing.api;

import java.util.List;

/** One page of a register search, as {@code GET /api/licensing/register} answers it (the platform's page shape). */
public record RegisterPage(List<RegisterEntry> items, int page, int size, long total) {
}

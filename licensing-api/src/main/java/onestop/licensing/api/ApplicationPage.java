package onestop.licensing.api;

import java.util.List;

/** One page of applications, as {@code GET /api/licensing/applications} answers it (the platform's page shape). */
public record ApplicationPage(List<ApplicationView> items, int page, int size, long total) {
}

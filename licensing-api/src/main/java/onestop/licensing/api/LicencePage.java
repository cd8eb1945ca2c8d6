package onestop.licensing.api;

import java.util.List;

/** One page of licences, as {@code GET /api/licensing/licences} answers it (the platform's page shape). */
public record LicencePage(List<LicenceView> items, int page, int size, long total) {
}

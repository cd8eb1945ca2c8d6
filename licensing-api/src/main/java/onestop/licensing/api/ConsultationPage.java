package onestop.licensing.api;

import java.util.List;

/** One page of {@code GET /api/licensing/consultations} (the platform's page shape). */
public record ConsultationPage(List<ConsultationView> items, int page, int size, long total) {
}

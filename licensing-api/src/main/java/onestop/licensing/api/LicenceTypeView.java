package onestop.licensing.api;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A licence type as the catalogue shows it, as {@code GET /api/licensing/licence-types/{code}} answers it.
 * {@code premisesRequired}: whether an application names premises (not for licences of individuals);
 * {@code registerShows}: what the public register shows of its licences.
 */
public record LicenceTypeView(String code, String name, String description, int feePence, Integer validityMonths,
        int consultationDays, DayBasis consultationDayBasis, int targetDays, boolean tacitConsent,
        List<RequiredDocument> requiredDocuments, JsonNode detailsSchema, boolean premisesRequired,
        RegisterShows registerShows) {
}

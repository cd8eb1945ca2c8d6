package onestop.licensing.catalogue;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/** A licence type as the catalogue shows it. */
public record LicenceTypeView(String code, String name, String description, int feePence, Integer validityMonths,
        int consultationDays, LicenceType.DayBasis consultationDayBasis, int targetDays, boolean tacitConsent,
        List<LicenceType.RequiredDocument> requiredDocuments, JsonNode detailsSchema) {

    static LicenceTypeView of(LicenceType type) {
        return new LicenceTypeView(type.code, type.name, type.description, type.feePence, type.validityMonths,
                type.consultationDays, type.consultationDayBasis, type.targetDays, type.tacitConsent,
                type.requiredDocuments, type.detailsSchema);
    }
}

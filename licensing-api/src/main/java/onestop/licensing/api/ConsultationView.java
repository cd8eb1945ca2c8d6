package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An application under consultation as the public sees it: what is applied for, where, and until when
 * representations can be made. Never the applicant's personal data, and only for types whose premises are not
 * usually someone's home.
 */
public record ConsultationView(UUID applicationId, String reference, String licenceTypeCode, String licenceTypeName,
        Premises premises, List<String> licensableActivities, List<OpeningHours> openingHours, Integer capacity,
        Instant representationsUntil) {

    @Schema(name = "ConsultationPremises")
    public record Premises(String name, String addressLine1, String town, String postcode) {
    }

    public record OpeningHours(String day, String opens, String closes) {
    }
}

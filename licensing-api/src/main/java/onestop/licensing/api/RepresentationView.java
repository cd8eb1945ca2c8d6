package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A representation made during consultation. The officer sees every field; the applicant only the category,
 * objectives, grounds and date ({@code from}, {@code email}, {@code address} and {@code recordedBy} are null);
 * a responsible authority its own. {@code authority} is the role of the authority that made it, if one did.
 */
public record RepresentationView(UUID id, UUID applicationId, String from, RepresentationCategory category,
        String grounds, Instant recordedAt, String recordedBy, List<LicensingObjective> objectives, String email,
        String address, String authority) {

    /** As the applicant sees it: no personal data of the person who made it. */
    public RepresentationView forApplicant() {
        return new RepresentationView(id, applicationId, null, category, grounds, recordedAt, null, objectives, null,
                null, authority);
    }
}

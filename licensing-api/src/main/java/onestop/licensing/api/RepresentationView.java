package onestop.licensing.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A representation made during consultation. The officer sees every field; the applicant the category, who made
 * it when a responsible authority did (never a member of the public's name), objectives, grounds, date and the
 * officer's finding ({@code email}, {@code address} and {@code recordedBy} are null); a responsible authority
 * its own. {@code authority} is the role of the authority that made it, if one did. {@code determination} is the
 * officer's finding (relevant, or frivolous, vexatious or not relevant with reasons); {@code withdrawnAt} once
 * its maker withdrew it.
 */
public record RepresentationView(UUID id, UUID applicationId, String from, RepresentationCategory category,
        String grounds, Instant recordedAt, String recordedBy, List<LicensingObjective> objectives, String email,
        String address, String authority, RepresentationDetermination determination, String determinationReasons,
        Instant determinedAt, String determinedBy, Instant withdrawnAt, String withdrawnBy) {

    /** As the applicant sees it: no personal data of the person who made it. */
    public RepresentationView forApplicant() {
        String maker = category == RepresentationCategory.RESPONSIBLE_AUTHORITY ? from : null;
        return new RepresentationView(id, applicationId, maker, category, grounds, recordedAt, null, objectives, null,
                null, authority, determination, determinationReasons, determinedAt, null, withdrawnAt, null);
    }
}

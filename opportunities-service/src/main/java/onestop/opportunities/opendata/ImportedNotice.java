package onestop.opportunities.opendata;

import java.time.Instant;
import java.util.List;

import onestop.opportunities.opportunity.OpportunityStatus;
import onestop.opportunities.opportunity.OpportunityType;

/** What an OCDS release says about a notice, in our terms; CPV codes as 8 digits. */
public record ImportedNotice(String ocid, Instant releaseDate, String title, String description, String buyer,
        OpportunityType type, OpportunityStatus status, List<String> cpvDigits, Long valueMinPence,
        Long valueMaxPence, String location, String postcode, Instant publishedAt, Instant closingAt,
        boolean smeSuitable, boolean vcseSuitable, String supplierName, Long awardValuePence, Instant awardedAt) {

    /** The same notice as if its release were published at {@code now}: every date moved alike. */
    public ImportedNotice movedTo(Instant now) {
        long shift = now.getEpochSecond() - releaseDate.getEpochSecond();
        return new ImportedNotice(ocid, now, title, description, buyer, type, status, cpvDigits, valueMinPence,
                valueMaxPence, location, postcode, plus(publishedAt, shift), plus(closingAt, shift), smeSuitable,
                vcseSuitable, supplierName, awardValuePence, plus(awardedAt, shift));
    }

    private static Instant plus(Instant t, long seconds) {
        return t == null ? null : t.plusSeconds(seconds);
    }
}

package onestop.opportunities.opendata;

import java.time.Instant;
import java.util.List;

import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.Lot;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;

/** What an OCDS release says about a notice, in our terms; CPV codes as 8 digits. */
public record ImportedNotice(String ocid, Instant releaseDate, String title, String description, String buyer,
        OpportunityType type, OpportunityStatus status, List<String> cpvDigits, Long valueMinPence,
        Long valueMaxPence, String location, String postcode, Instant publishedAt, Instant closingAt,
        boolean smeSuitable, boolean vcseSuitable, String supplierName, Long awardValuePence, Instant awardedAt,
        BuyerContact contact, Terms terms, String sourceUrl) {

    /**
     * What the Procurement Act's notices say of the contract: its category, value including VAT, threshold, and
     * the lots the release gives (none when it gives none).
     */
    public record Terms(ProcurementCategory category, Long valueGrossPence, Boolean aboveThreshold, List<Lot> lots) {
    }

    /**
     * The same notice as if its release were published at {@code now}: every date moved alike, and a
     * tender open when it was released is open again (it closes as long after now as it did then).
     */
    public ImportedNotice movedTo(Instant now) {
        long shift = now.getEpochSecond() - releaseDate.getEpochSecond();
        Instant movedClosing = plus(closingAt, shift);
        OpportunityStatus movedStatus = status != OpportunityStatus.OPEN && status != OpportunityStatus.CLOSED ? status
                : movedClosing != null && movedClosing.isAfter(now) ? OpportunityStatus.OPEN : OpportunityStatus.CLOSED;
        return new ImportedNotice(ocid, now, title, description, buyer, type, movedStatus, cpvDigits, valueMinPence,
                valueMaxPence, location, postcode, plus(publishedAt, shift), movedClosing, smeSuitable,
                vcseSuitable, supplierName, awardValuePence, plus(awardedAt, shift), contact, terms, sourceUrl);
    }

    private static Instant plus(Instant t, long seconds) {
        return t == null ? null : t.plusSeconds(seconds);
    }
}

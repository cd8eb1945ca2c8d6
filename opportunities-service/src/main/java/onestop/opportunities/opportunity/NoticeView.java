package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;
import onestop.opportunities.opportunity.ChallengeStage;
import onestop.opportunities.opportunity.DocumentView;
import onestop.opportunities.opportunity.PublishedAnswer;

/** A full notice as the API shows it: to everyone once published, to its buyer always. */
public record NoticeView(UUID id, String reference, String title, String description, String buyer,
        BuyerContact contact, OpportunityType type, List<String> cpvCodes, Long valueMinPence, Long valueMaxPence, String location,
        String postcode, Instant publishedAt, Instant closingAt, OpportunityStatus status, boolean smeSuitable,
        boolean vcseSuitable, List<String> requiredLicenceTypes, List<String> socialValueThemes,
        UUID parentOpportunityId, ChallengeStage challengeStage, String cancelReason, Award award,
        Procurement procurement, List<DocumentView> documents, List<PublishedAnswer> questions, long version) {

    /** The award notice: who won, for how much, when. */
    public record Award(String supplierName, long valuePence, Instant awardedAt) {
    }

    /**
     * The procurement under the Act: its category, estimated value including VAT, whether its tender notice was
     * above threshold, the last day of the standstill after the award, and the contract once entered into.
     */
    public record Procurement(ProcurementCategory category, Long valueGrossPence, Boolean aboveThreshold,
            LocalDate standstillLastDay, Contract contract) {
    }

    /** The contract entered into, as its contract details notice publishes it. */
    public record Contract(LocalDate signedOn, LocalDate startOn, LocalDate endOn, Long valuePence) {
    }

    public static NoticeView of(Opportunity o, List<DocumentView> documents, List<PublishedAnswer> answers) {
        Award award = o.awardedAt == null ? null
                : new Award(o.awardedSupplierName, o.awardedValuePence, o.awardedAt);
        return new NoticeView(o.id, o.reference, o.title, o.description, o.buyer, o.contact(), o.type, List.of(o.cpvCodes),
                o.valueMinPence, o.valueMaxPence, o.location, o.postcode, o.publishedAt, o.closingAt, o.status,
                o.smeSuitable, o.vcseSuitable, List.of(o.requiredLicenceTypes), List.of(o.socialValueThemes),
                o.parentId, o.challengeStage, o.cancelReason, award, procurement(o), documents, answers, o.version);
    }

    private static Procurement procurement(Opportunity o) {
        Contract contract = o.contract == null ? null
                : new Contract(o.contract.signedOn, o.contract.startOn, o.contract.endOn, o.contract.valuePence);
        return new Procurement(o.category, o.valueGrossPence, o.aboveThreshold, o.standstillLastDay, contract);
    }
}

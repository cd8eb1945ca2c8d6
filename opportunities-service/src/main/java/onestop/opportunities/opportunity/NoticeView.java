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
     * above threshold, its award criteria and weightings (with a warning when social value is weighted below PPN
     * 002's 10%), when the assessment summaries were sent, the last day of the standstill after the award, and the
     * contract once entered into.
     */
    public record Procurement(ProcurementCategory category, Long valueGrossPence, Boolean aboveThreshold,
            List<AwardCriterion> awardCriteria, List<String> warnings, Instant assessmentSummariesSentAt,
            LocalDate standstillLastDay, Contract contract) {
    }

    /** The warning of a notice whose award criteria weight social value below 10%. */
    public static final String SOCIAL_VALUE_BELOW_PPN_002 =
            "Social value is weighted below 10%, the level PPN 002 asks for";

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
        int socialValue = o.awardCriteria.stream().filter(c -> c.kind() == AwardCriterion.Kind.SOCIAL_VALUE)
                .mapToInt(AwardCriterion::weight).sum();
        List<String> warnings = !o.awardCriteria.isEmpty() && socialValue < AwardCriterion.SOCIAL_VALUE_GOOD_PRACTICE
                ? List.of(SOCIAL_VALUE_BELOW_PPN_002) : List.of();
        return new Procurement(o.category, o.valueGrossPence, o.aboveThreshold, o.awardCriteria, warnings,
                o.assessmentSummariesSentAt, o.standstillLastDay, contract);
    }
}

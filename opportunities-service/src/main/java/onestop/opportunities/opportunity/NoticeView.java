package onestop.opportunities.opportunity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.opportunity.ChallengeStage;
import onestop.opportunities.opportunity.DocumentView;
import onestop.opportunities.opportunity.PublishedAnswer;

/** A full notice as the API shows it: to everyone once published, to its buyer always. */
public record NoticeView(UUID id, String reference, String title, String description, String buyer,
        BuyerContact contact, OpportunityType type, List<String> cpvCodes, Long valueMinPence, Long valueMaxPence, String location,
        String postcode, Instant publishedAt, Instant closingAt, OpportunityStatus status, boolean smeSuitable,
        boolean vcseSuitable, List<String> requiredLicenceTypes, List<String> socialValueThemes,
        UUID parentOpportunityId, ChallengeStage challengeStage, String cancelReason, Award award,
        List<DocumentView> documents, List<PublishedAnswer> questions, long version) {

    /** The award notice: who won, for how much, when. */
    public record Award(String supplierName, long valuePence, Instant awardedAt) {
    }

    public static NoticeView of(Opportunity o, List<DocumentView> documents, List<PublishedAnswer> answers) {
        Award award = o.awardedAt == null ? null
                : new Award(o.awardedSupplierName, o.awardedValuePence, o.awardedAt);
        return new NoticeView(o.id, o.reference, o.title, o.description, o.buyer, o.contact(), o.type, List.of(o.cpvCodes),
                o.valueMinPence, o.valueMaxPence, o.location, o.postcode, o.publishedAt, o.closingAt, o.status,
                o.smeSuitable, o.vcseSuitable, List.of(o.requiredLicenceTypes), List.of(o.socialValueThemes),
                o.parentId, o.challengeStage, o.cancelReason, award, documents, answers, o.version);
    }
}

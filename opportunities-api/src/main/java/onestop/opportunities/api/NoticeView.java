package onestop.opportunities.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

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
}

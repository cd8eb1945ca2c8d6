package onestop.opportunities.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A full notice as the API shows it: to everyone once published, to its buyer always. */
public record NoticeView(UUID id, String reference, String title, String description, String buyer,
        BuyerContact contact, OpportunityType type, List<String> cpvCodes, Long valueMinPence, Long valueMaxPence, String location,
        String postcode, Instant publishedAt, Instant closingAt, OpportunityStatus status, boolean smeSuitable,
        boolean vcseSuitable, List<String> requiredLicenceTypes, List<String> socialValueThemes,
        UUID parentOpportunityId, ChallengeStage challengeStage, String cancelReason, Award award,
        Procurement procurement, List<DocumentView> documents, List<PublishedAnswer> questions,
        ImportedFrom importedFrom, long version) {

    /**
     * A notice imported from another service (Find a Tender, Contracts Finder), which runs the procurement: suppliers
     * respond and ask there, at {@code url} when the release gave its page ({@code null} otherwise). Absent from
     * OneStop's own notices.
     */
    public record ImportedFrom(String service, String url) {
    }

    /** The award notice: who won, for how much, when. */
    public record Award(String supplierName, long valuePence, Instant awardedAt) {
    }

    /**
     * The procurement under the Act: its category, estimated value including VAT, whether its tender notice was
     * above threshold, its award criteria and weightings (with a warning when social value is weighted below PPN
     * 002's 10%), when the assessment summaries were sent, the last day of the standstill after the award, the
     * contract once entered into, for a direct award its Schedule 5 ground and justification, and for a market
     * engaged before the tender notice what suppliers were asked and until when; its lots, each with its own
     * criteria (a warning per lot whose social value is weighted below 10%, "Lot 1: ..."); and when its planned
     * procurement notice (UK3) was published, if it published one.
     */
    public record Procurement(ProcurementCategory category, Long valueGrossPence, Boolean aboveThreshold,
            List<AwardCriterion> awardCriteria, List<String> warnings, Instant assessmentSummariesSentAt,
            LocalDate standstillLastDay, List<StandstillExtension> standstillExtensions, Contract contract,
            DirectAwardGround directAwardGround, String directAwardJustification, String engagementDescription,
            LocalDate engagementEndsOn, List<Lot> lots, Instant plannedProcurementAt) {

        public Procurement(ProcurementCategory category, Long valueGrossPence, Boolean aboveThreshold,
                List<AwardCriterion> awardCriteria, List<String> warnings, Instant assessmentSummariesSentAt,
                LocalDate standstillLastDay, List<StandstillExtension> standstillExtensions, Contract contract,
                DirectAwardGround directAwardGround, String directAwardJustification, String engagementDescription,
                LocalDate engagementEndsOn) {
            this(category, valueGrossPence, aboveThreshold, awardCriteria, warnings, assessmentSummariesSentAt,
                    standstillLastDay, standstillExtensions, contract, directAwardGround, directAwardJustification,
                    engagementDescription, engagementEndsOn, List.of(), null);
        }
    }

    /**
     * The contract entered into, as its contract details notice publishes it, with its value and end as changed
     * since, each change, and its end however it ended.
     */
    public record Contract(LocalDate signedOn, LocalDate startOn, LocalDate endOn, Long valuePence,
            List<Change> changes, LocalDate terminatedOn, String terminationReason) {
    }

    /** One change to the contract (a contract change notice): what changed, and the value or end it set. */
    public record Change(int number, Instant date, String description, Long valuePence, LocalDate endOn) {
    }

    /** The warning of a notice whose award criteria weight social value below 10%. */
    public static final String SOCIAL_VALUE_BELOW_PPN_002 =
            "Social value is weighted below 10%, the level PPN 002 asks for";
}

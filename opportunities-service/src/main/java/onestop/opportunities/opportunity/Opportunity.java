package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import onestop.opportunities.api.AwardCriterion;
import onestop.opportunities.api.BuyerContact;
import onestop.opportunities.api.ChallengeStage;
import onestop.opportunities.api.DirectAwardGround;
import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.NoticeView;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.api.ProcurementCategory;
import onestop.opportunities.api.StandstillExtension;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * A contract opportunity ("notice") and the rules of its life: edited while a draft, published,
 * closed, cancelled with a reason, awarded. The search columns are computed by the database.
 */
@Entity
@Table(name = "opportunity")
@EntityListeners(NoticeIndexing.class) // keeps the search index current (ADR 10)
public class Opportunity extends PanacheEntityBase {

    /** The field code of a response or question refused because the notice is run at the service it came from. */
    public static final String IMPORTED = "run-elsewhere";

    private static final DateTimeFormatter CLOSING_TIME = DateTimeFormatter
            .ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK).withZone(WorkingDayCalendar.COUNCIL_ZONE);

    @Id
    public UUID id;
    public String reference;
    public String title;
    public String description;
    /** The buyer organisation, from the token of the buyer who drafted it. */
    public String buyer;
    @Enumerated(EnumType.STRING)
    public OpportunityType type;
    @Enumerated(EnumType.STRING)
    public OpportunityStatus status;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cpv_codes")
    public String[] cpvCodes = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "cpv_prefixes")
    public String[] cpvPrefixes = new String[0];
    @Column(name = "value_min_pence")
    public Long valueMinPence;
    @Column(name = "value_max_pence")
    public Long valueMaxPence;
    public String location;
    public String postcode;
    @Column(name = "sme_suitable")
    public boolean smeSuitable;
    @Column(name = "vcse_suitable")
    public boolean vcseSuitable;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "required_licence_types")
    public String[] requiredLicenceTypes = new String[0];
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "social_value_themes")
    public String[] socialValueThemes = new String[0];
    @Column(name = "parent_id")
    public UUID parentId;
    /** The programme the procurement is part of (a subcontract: its parent's), or null. */
    @Column(name = "programme_id")
    public UUID programmeId;
    @Enumerated(EnumType.STRING)
    @Column(name = "challenge_stage")
    public ChallengeStage challengeStage;
    @Column(name = "cancel_reason")
    public String cancelReason;
    @Column(name = "contact_name")
    public String contactName;
    @Column(name = "contact_email")
    public String contactEmail;
    @Column(name = "contact_telephone")
    public String contactTelephone;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "closing_at")
    public Instant closingAt;
    @Column(name = "closed_at")
    public Instant closedAt;
    @Column(name = "cancelled_at")
    public Instant cancelledAt;
    @Column(name = "source_ocid")
    public String sourceOcid;
    /** An imported notice's page at its source, where suppliers respond; see {@link #importedFrom()}. */
    @Column(name = "source_url")
    public String sourceUrl;
    @Column(name = "awarded_response_id")
    public UUID awardedResponseId;
    @Column(name = "awarded_business_id")
    public UUID awardedBusinessId;
    @Column(name = "awarded_supplier_name")
    public String awardedSupplierName;
    @Column(name = "awarded_value_pence")
    public Long awardedValuePence;
    @Column(name = "awarded_at")
    public Instant awardedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "procurement_category")
    public ProcurementCategory category = ProcurementCategory.SERVICES;
    /** The estimated value including VAT, which the Act's thresholds are judged on. */
    @Column(name = "value_gross_pence")
    public Long valueGrossPence;
    /** Whether the procurement was above threshold when its tender notice was published (null before). */
    @Column(name = "above_threshold")
    public Boolean aboveThreshold;
    @Column(name = "standstill_last_day")
    public LocalDate standstillLastDay;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "standstill_extensions")
    public List<StandstillExtension> standstillExtensions = List.of();
    @Column(name = "engagement_description")
    public String engagementDescription;
    @Column(name = "engagement_ends_on")
    public LocalDate engagementEndsOn;
    @Column(name = "planned_procurement_at")
    public Instant plannedProcurementAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "direct_award_ground")
    public DirectAwardGround directAwardGround;
    @Column(name = "direct_award_justification")
    public String directAwardJustification;
    @Embedded
    public ContractDetails contract;
    /** How tenders are scored: criteria with weightings adding up to 100; none for a notice awarded on judgement. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "award_criteria")
    public List<AwardCriterion> awardCriteria = List.of();
    /** The lots of a notice divided into lots, each with its own criteria (ADR 8's notice, Lots' rules). */
    @JdbcTypeCode(SqlTypes.JSON)
    public List<onestop.opportunities.api.Lot> lots = List.of();

    public List<onestop.opportunities.api.Lot> lots() {
        return lots == null ? List.of() : lots;
    }
    /** When the assessment summaries went to the suppliers, with the contract award notice. */
    @Column(name = "assessment_summaries_sent_at")
    public Instant assessmentSummariesSentAt;
    @Version
    public long version;

    /** A new draft for {@code buyer}; {@code cpvCodes} are already checked against the CPV list. */
    public static Opportunity draft(UUID id, String reference, String buyer, NoticeFields fields,
            List<String> cpvCodes, Instant now) {
        NoticeEdits.checkRequired(fields);
        Opportunity o = new Opportunity();
        o.id = id;
        o.reference = reference;
        o.buyer = buyer;
        o.status = OpportunityStatus.DRAFT;
        o.createdAt = now;
        NoticeEdits.apply(o, fields, cpvCodes, now);
        if (o.type == OpportunityType.CHALLENGE) {
            o.challengeStage = ChallengeStages.first();
        }
        return o;
    }

    /**
     * Changes a draft, or an open notice before its deadline (keeping its type and the rules it was published
     * under, and never bringing its deadline forward: suppliers plan their tenders to it): fields given replace the
     * current ones, fields left out stay, optional fields sent as null are cleared; a required one sent as null is
     * refused.
     */
    public void revise(NoticePatch patch, List<String> cpvCodes, Instant now) {
        NoticeEdits.checkRevisable(this, patch, now);
        Instant publishedDeadline = status == OpportunityStatus.OPEN ? closingAt : null;
        NoticeFields fields = patch.fields();
        if (fields.type() != null && fields.type() != type) {
            challengeStage = fields.type() == OpportunityType.CHALLENGE ? ChallengeStages.first() : null;
        }
        patch.cleared().forEach(field -> NoticeEdits.CLEAR.get(field).accept(this));
        NoticeEdits.apply(this, fields, cpvCodes, now);
        if (status == OpportunityStatus.OPEN) {
            List<Problem.FieldError> refused = new ArrayList<>(NoticeEdits.publicationRules(this, publishedAt, now));
            if (closingAt.isBefore(publishedDeadline)) {
                refused.add(new Problem.FieldError("closingAt", FieldCodes.OUT_OF_RANGE, "must not be earlier than"
                        + " the published deadline, " + CLOSING_TIME.format(publishedDeadline)
                        + ", which suppliers are preparing their responses for; it can move later"));
            }
            if (!refused.isEmpty()) {
                throw new RuleViolation("The change would break the rules of a published notice.", refused);
            }
        }
    }

    /**
     * DRAFT → OPEN, as a tender notice: needs a CPV code and a closing time in the future, at least the Act's
     * minimum tender period away when the value is above threshold (which publication records).
     */
    public void publish(Instant now) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (cpvCodes.length == 0) {
            missing.add(new Problem.FieldError("cpvCodes", FieldCodes.REQUIRED,
                    "at least one CPV code is needed to publish"));
        }
        if (closingAt == null) {
            missing.add(new Problem.FieldError("closingAt", FieldCodes.REQUIRED, "must be in the future to publish"));
        }
        NoticeLifecycle.move(status, OpportunityStatus.OPEN);
        missing.addAll(NoticeEdits.publicationRules(this, now, now));
        if (!missing.isEmpty()) {
            throw new RuleViolation("The notice is not ready to publish.", missing);
        }
        status = OpportunityStatus.OPEN;
        publishedAt = now;
        updatedAt = now;
    }

    /**
     * OPEN → CLOSED once the deadline has passed (the closing job does it then; the buyer may do it first). Never
     * before: suppliers have until the deadline to send their tenders, which stay sealed until then.
     */
    public void close(Instant now) {
        if (status == OpportunityStatus.OPEN && acceptsResponses(now)) {
            throw new IllegalTransition("Suppliers have until the deadline, " + CLOSING_TIME.format(closingAt)
                    + ", to respond, and responses stay sealed until then: the notice closes itself at the deadline."
                    + " To stop the procurement, cancel the notice; to give more time, change its deadline.");
        }
        status = NoticeLifecycle.move(status, OpportunityStatus.CLOSED);
        closedAt = now;
        updatedAt = now;
    }

    public void cancel(String reason, Instant now) {
        status = NoticeLifecycle.move(status, OpportunityStatus.CANCELLED);
        cancelReason = reason;
        cancelledAt = now;
        updatedAt = now;
    }

    /**
     * CLOSED → AWARDED to the supplier of one response: the contract award notice, whose standstill ends at the
     * end of {@code standstillLastDay}.
     */
    public void award(UUID responseId, UUID businessId, String supplierName, long valuePence,
            LocalDate standstillLastDay, Instant now) {
        if (status != OpportunityStatus.CLOSED) {
            throw new IllegalTransition("A notice that is " + status.phrase() + " cannot be awarded to a response.");
        }
        status = OpportunityStatus.AWARDED;
        this.standstillLastDay = standstillLastDay;
        awardedResponseId = responseId;
        awardedBusinessId = businessId;
        awardedSupplierName = supplierName;
        awardedValuePence = valuePence;
        awardedAt = now;
        updatedAt = now;
    }

    /** A CHALLENGE moves to the stage after its current one, and never back. */
    public void advanceChallenge(ChallengeStage next, Instant now) {
        if (type != OpportunityType.CHALLENGE) {
            throw new RuleViolation("Only a CHALLENGE notice has stages; this one is a " + type + ".");
        }
        if (status == OpportunityStatus.CANCELLED) {
            throw new IllegalTransition("The challenge is cancelled.");
        }
        challengeStage = ChallengeStages.advance(challengeStage, next);
        updatedAt = now;
    }

    /** A document is attached or removed (NoticeEdits says when it may be): the notice has changed. */
    public void changeDocuments(Instant now) {
        NoticeEdits.checkDocumentsChangeable(this, now);
        updatedAt = now;
    }

    /**
     * DRAFT → PLANNED: the buyer engages the market before the tender notice (a preliminary market engagement
     * notice), saying how and until when.
     */
    public void engageMarket(String description, LocalDate endsOn, Instant now) {
        status = NoticeLifecycle.move(status, OpportunityStatus.PLANNED);
        engagementDescription = description;
        engagementEndsOn = endsOn;
        updatedAt = now;
    }

    /** Whether responses are accepted at {@code now}: open and before the deadline. */
    public boolean acceptsResponses(Instant now) {
        return status == OpportunityStatus.OPEN && closingAt != null && now.isBefore(closingAt);
    }

    public boolean ownedBy(String organisation) {
        return organisation != null && organisation.equalsIgnoreCase(buyer);
    }

    /**
     * Where a notice imported from another service is run, named by its OCDS prefix (Find a Tender's
     * {@code ocds-h6vhtk}, Contracts Finder's {@code ocds-b5fd17}); {@code null} for OneStop's own notices, which
     * suppliers respond to here.
     */
    public NoticeView.ImportedFrom importedFrom() {
        if (sourceOcid == null) {
            return null;
        }
        String service = sourceOcid.startsWith("ocds-h6vhtk-") ? "Find a Tender"
                : sourceOcid.startsWith("ocds-b5fd17-") ? "Contracts Finder" : "the service that published it";
        return new NoticeView.ImportedFrom(service, sourceUrl);
    }

    /**
     * Refuses what only a notice run here takes (a response, a question): an imported one is run at its source.
     */
    public void requireRunHere(String what) {
        NoticeView.ImportedFrom from = importedFrom();
        if (from != null) {
            throw new RuleViolation(reference + " is run on " + from.service() + " by " + buyer + ", not here: "
                    + what + " there" + (from.url() == null ? "." : ", at " + from.url() + "."),
                    List.of(new Problem.FieldError("opportunityId", IMPORTED, "is run on " + from.service())));
        }
    }

    /** The buyer contact, if the notice names one. */
    public BuyerContact contact() {
        return contactName == null ? null : new BuyerContact(contactName, contactEmail, contactTelephone);
    }

    /** Names the buyer contact, or none ({@code null}). */
    public void replaceContact(BuyerContact c) {
        contactName = c == null ? null : c.name();
        contactEmail = c == null ? null : c.email();
        contactTelephone = c == null ? null : c.telephone();
    }

    public List<String> requiredLicences() {
        return List.of(requiredLicenceTypes);
    }
}

package onestop.opportunities.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.OpportunityStatus;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.cpv.CpvCodes;
import onestop.opportunities.procurement.Periods;
import onestop.opportunities.procurement.Thresholds;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.IllegalTransition;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;
import onestop.platform.problem.RuleViolation;
import onestop.platform.time.WorkingDayCalendar;

/**
 * How a notice's fields are set, from a new draft or a PATCH of one, and the rules they must keep together
 * (a value range that is a range, a subcontract's parent, a contact who can be reached).
 */
final class NoticeEdits {

    private NoticeEdits() {
    }

    /** The optional fields, and how a PATCH that sends one as null clears it. */
    static final Map<String, Consumer<Opportunity>> CLEAR = Map.ofEntries(
            Map.entry("cpvCodes", o -> {
                o.cpvCodes = new String[0];
                o.cpvPrefixes = new String[0];
            }),
            Map.entry("valueMinPence", o -> o.valueMinPence = null),
            Map.entry("valueMaxPence", o -> o.valueMaxPence = null),
            Map.entry("location", o -> o.location = null),
            Map.entry("postcode", o -> o.postcode = null),
            Map.entry("requiredLicenceTypes", o -> o.requiredLicenceTypes = new String[0]),
            Map.entry("socialValueThemes", o -> o.socialValueThemes = new String[0]),
            Map.entry("parentOpportunityId", o -> o.parentId = null),
            Map.entry("contact", o -> o.replaceContact(null)),
            Map.entry("valueGrossPence", o -> o.valueGrossPence = null),
            Map.entry("awardCriteria", o -> o.awardCriteria = List.of()),
            Map.entry("lots", o -> o.lots = List.of()));

    /**
     * A change is allowed: to a draft, or to an open notice before its deadline that keeps its type; a field is
     * cleared only if it is optional.
     */
    static void checkRevisable(Opportunity o, NoticePatch patch, Instant now) {
        if (o.status == OpportunityStatus.OPEN && !o.acceptsResponses(now)) {
            throw new IllegalTransition("A tender notice cannot be changed after its deadline.");
        }
        if (o.status != OpportunityStatus.DRAFT && o.status != OpportunityStatus.PLANNED
                && o.status != OpportunityStatus.OPEN) {
            throw new IllegalTransition("Only a draft, planned or open notice can be changed; this notice is "
                    + o.status.phrase() + ".");
        }
        if (o.status == OpportunityStatus.OPEN && patch.fields().type() != null && patch.fields().type() != o.type) {
            throw new RuleViolation("A published notice keeps its type.",
                    List.of(new Problem.FieldError("type", FieldCodes.NOT_ALLOWED, "cannot change once published")));
        }
        List<Problem.FieldError> required = patch.cleared().stream().filter(f -> !CLEAR.containsKey(f))
                .map(f -> new Problem.FieldError(f, FieldCodes.REQUIRED, "is required and cannot be cleared")).toList();
        if (!required.isEmpty()) {
            throw new InvalidInput("Some fields cannot be cleared.", required);
        }
    }

    /** Documents change only while a notice is a draft, planned, or open before its deadline. */
    static void checkDocumentsChangeable(Opportunity o, Instant now) {
        if (o.status != OpportunityStatus.DRAFT && o.status != OpportunityStatus.PLANNED
                && o.status != OpportunityStatus.OPEN) {
            throw new IllegalTransition("Documents change only while a notice is a draft, planned or open; this one is "
                    + o.status.phrase() + ".");
        }
        if (o.status == OpportunityStatus.OPEN && !o.acceptsResponses(now)) {
            throw new IllegalTransition("A tender notice cannot be changed after its deadline.");
        }
    }

    /**
     * A draft or planned procurement announces its tender notice ahead (a planned procurement notice): it becomes
     * PLANNED, and once the notice is 40 days old its tender period above threshold may be 10 days.
     */
    static void planProcurement(Opportunity o, Instant now) {
        if (o.status != OpportunityStatus.DRAFT && o.status != OpportunityStatus.PLANNED) {
            throw new IllegalTransition("A planned procurement notice comes before the tender notice; this notice is "
                    + o.status.phrase() + ".");
        }
        if (o.plannedProcurementAt != null) {
            throw new IllegalTransition("The planned procurement notice was published on " + o.plannedProcurementAt
                    + ".");
        }
        if (o.status == OpportunityStatus.DRAFT) {
            o.status = NoticeLifecycle.move(o.status, OpportunityStatus.PLANNED);
        }
        o.plannedProcurementAt = now;
        o.updatedAt = now;
    }

    /** A new draft has its title, description and type (400 naming each one missing). */
    static void checkRequired(NoticeFields fields) {
        List<Problem.FieldError> missing = new ArrayList<>();
        if (fields.title() == null || fields.title().isBlank()) {
            missing.add(new Problem.FieldError("title", FieldCodes.REQUIRED, "must not be blank"));
        }
        if (fields.description() == null || fields.description().isBlank()) {
            missing.add(new Problem.FieldError("description", FieldCodes.REQUIRED, "must not be blank"));
        }
        if (fields.type() == null) {
            missing.add(new Problem.FieldError("type", FieldCodes.REQUIRED, "must not be null"));
        }
        if (!missing.isEmpty()) {
            throw new InvalidInput("Some fields are missing or invalid.", missing);
        }
    }

    /** Sets the fields given (null: left as they are), then checks that they hold together. */
    static void apply(Opportunity o, NoticeFields f, List<String> cpv, Instant now) {
        if (f.title() != null) {
            o.title = f.title().strip();
        }
        if (f.description() != null) {
            o.description = f.description().strip();
        }
        if (f.type() != null) {
            o.type = f.type();
        }
        if (cpv != null) {
            o.cpvCodes = cpv.toArray(String[]::new);
            o.cpvPrefixes = CpvCodes.prefixesOf(cpv).toArray(String[]::new);
        }
        if (f.valueMinPence() != null) {
            o.valueMinPence = f.valueMinPence();
        }
        if (f.valueMaxPence() != null) {
            o.valueMaxPence = f.valueMaxPence();
        }
        if (f.location() != null) {
            o.location = f.location().strip();
        }
        if (f.postcode() != null) {
            o.postcode = f.postcode().strip().toUpperCase();
        }
        if (f.closingAt() != null) {
            o.closingAt = f.closingAt();
        }
        if (f.smeSuitable() != null) {
            o.smeSuitable = f.smeSuitable();
        }
        if (f.vcseSuitable() != null) {
            o.vcseSuitable = f.vcseSuitable();
        }
        if (f.requiredLicenceTypes() != null) {
            o.requiredLicenceTypes = f.requiredLicenceTypes().stream().distinct().toArray(String[]::new);
        }
        if (f.socialValueThemes() != null) {
            o.socialValueThemes = f.socialValueThemes().stream().distinct().map(Enum::name).toArray(String[]::new);
        }
        if (f.parentOpportunityId() != null) {
            o.parentId = f.parentOpportunityId();
        }
        if (f.contact() != null) {
            o.replaceContact(f.contact());
        }
        if (f.category() != null) {
            o.category = f.category();
        }
        if (f.valueGrossPence() != null) {
            o.valueGrossPence = f.valueGrossPence();
        }
        if (f.awardCriteria() != null) {
            o.awardCriteria = List.copyOf(f.awardCriteria());
        }
        if (f.lots() != null) {
            o.lots = List.copyOf(f.lots());
        }
        o.updatedAt = now;
        checkConsistent(o);
    }

    private static void checkConsistent(Opportunity o) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (o.valueMinPence != null && o.valueMaxPence != null && o.valueMinPence > o.valueMaxPence) {
            errors.add(new Problem.FieldError("valueMaxPence", FieldCodes.OUT_OF_RANGE,
                    "must not be less than valueMinPence"));
        }
        Long net = o.valueMaxPence != null ? o.valueMaxPence : o.valueMinPence;
        if (o.valueGrossPence != null && net != null && o.valueGrossPence < net) {
            errors.add(new Problem.FieldError("valueGrossPence", FieldCodes.OUT_OF_RANGE,
                    "must not be less than the value without VAT"));
        }
        Lots.checkCriteria(o.awardCriteria, "awardCriteria", errors);
        Lots.check(o, errors);
        if (o.type == OpportunityType.SUBCONTRACT && o.parentId == null) {
            errors.add(new Problem.FieldError("parentOpportunityId", FieldCodes.REQUIRED,
                    "a subcontract must name its parent contract"));
        }
        if (o.type != OpportunityType.SUBCONTRACT && o.parentId != null) {
            errors.add(new Problem.FieldError("parentOpportunityId", FieldCodes.INVALID,
                    "only a subcontract has a parent contract"));
        }
        if (o.contactName != null && o.contactEmail == null && o.contactTelephone == null) {
            errors.add(new Problem.FieldError("contact", FieldCodes.REQUIRED, "give an email or a telephone number"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInput("Some fields are missing or invalid.", errors);
        }
    }

    /**
     * What a published tender notice must keep to, published at {@code publishedAt} and judged {@code now}: a
     * deadline in the future and, above threshold, at least the minimum tender period after publication. Marks
     * the notice above threshold or not, by its estimated value including VAT (the value without VAT when no
     * figure with VAT is given) against the threshold in force on the day of publication.
     */
    static List<Problem.FieldError> publicationRules(Opportunity o, Instant publishedAt, Instant now) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Long net = o.valueMaxPence != null ? o.valueMaxPence : o.valueMinPence;
        Long gross = o.valueGrossPence != null ? o.valueGrossPence : net;
        LocalDate day = LocalDate.ofInstant(publishedAt, WorkingDayCalendar.COUNCIL_ZONE);
        o.aboveThreshold = o.type != OpportunityType.SUBCONTRACT && gross != null
                && Thresholds.isAbove(gross, day, o.category);
        if (o.closingAt != null && !o.closingAt.isAfter(now)) {
            errors.add(new Problem.FieldError("closingAt", FieldCodes.OUT_OF_RANGE, "must be in the future to publish"));
        } else if (o.closingAt != null && o.aboveThreshold && o.closingAt.isBefore(publishedAt.plus(
                Periods.minimumTenderPeriod(o.plannedProcurementAt, publishedAt)))) {
            errors.add(new Problem.FieldError("closingAt", FieldCodes.OUT_OF_RANGE, "must be at least "
                    + Periods.minimumTenderPeriod(o.plannedProcurementAt, publishedAt).toDays()
                    + " days after publication, because the contract is above the threshold"));
        }
        return errors;
    }
}

package onestop.opportunities.opportunity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import onestop.opportunities.api.NoticeFields;
import onestop.opportunities.api.OpportunityType;
import onestop.opportunities.cpv.CpvCodes;
import onestop.platform.problem.FieldCodes;
import onestop.platform.problem.InvalidInput;
import onestop.platform.problem.Problem;

/**
 * How a notice's fields are set, from a new draft or a PATCH of one, and the rules they must keep together
 * (a value range that is a range, a subcontract's parent, a contact who can be reached).
 */
final class NoticeEdits {

    private NoticeEdits() {
    }

    /** The optional fields, and how a PATCH that sends one as null clears it. */
    static final Map<String, Consumer<Opportunity>> CLEAR = Map.of(
            "cpvCodes", o -> {
                o.cpvCodes = new String[0];
                o.cpvPrefixes = new String[0];
            },
            "valueMinPence", o -> o.valueMinPence = null,
            "valueMaxPence", o -> o.valueMaxPence = null,
            "location", o -> o.location = null,
            "postcode", o -> o.postcode = null,
            "requiredLicenceTypes", o -> o.requiredLicenceTypes = new String[0],
            "socialValueThemes", o -> o.socialValueThemes = new String[0],
            "parentOpportunityId", o -> o.parentId = null,
            "contact", o -> o.replaceContact(null));

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
        o.updatedAt = now;
        checkConsistent(o);
    }

    private static void checkConsistent(Opportunity o) {
        List<Problem.FieldError> errors = new ArrayList<>();
        if (o.valueMinPence != null && o.valueMaxPence != null && o.valueMinPence > o.valueMaxPence) {
            errors.add(new Problem.FieldError("valueMaxPence", FieldCodes.OUT_OF_RANGE,
                    "must not be less than valueMinPence"));
        }
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
}
